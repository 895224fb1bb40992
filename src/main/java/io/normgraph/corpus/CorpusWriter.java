package io.normgraph.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.driver.summary.SummaryCounters;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.normgraph.corpus.CorpusRows.NodeRow;
import io.normgraph.corpus.CorpusRows.RelationshipRow;

/**
 * Writes validated rows all or nothing without holding them all in one transaction, whose
 * memory grows with every row (about 4 KB each: a million-provision corpus would need a
 * heap of ~24 GiB).
 * <ol>
 * <li><b>Stage</b>: new nodes, and relationships between two new nodes, are created in
 * transactions of {@link #BATCH_SIZE} rows under the label {@link CorpusStatements#STAGED}
 * only, so they are invisible to every reader and unreachable from the published graph.</li>
 * <li><b>Publish</b>, in one transaction: give the staged nodes their labels (a few hundred
 * bytes of transaction state each, not kilobytes), then MERGE the rows that touch nodes
 * already in the graph (updated nodes; relationships with an end in the graph). Readers see
 * the whole corpus at once or none of it.</li>
 * </ol>
 * A failure removes what was staged; a crash leaves staged nodes that the next start or
 * import removes. Importing the same files again stages nothing and changes nothing: every
 * row then MERGEs on its identity (a node's id; a relationship's type, ends, source and
 * locator) in the publishing transaction.
 */
class CorpusWriter {

	private static final Log logger = LogFactory.getLog(CorpusWriter.class);

	/** Rows per statement and per staging transaction: amortises round trips, keeps parameters modest. */
	static final int BATCH_SIZE = 5_000;

	/** Staged nodes deleted per transaction when cleaning up. */
	private static final int REMOVAL_BATCH = 10_000;

	private final Neo4jClient client;

	private final TransactionTemplate transactions;

	CorpusWriter(Neo4jClient client, TransactionTemplate transactions) {
		this.client = client;
		this.transactions = transactions;
	}

	/** The label of each of these ids that is already in the graph. */
	Map<String, String> labelsInGraph(Set<String> ids) {
		Map<String, String> labels = new HashMap<>();
		this.client.query("""
				MATCH (n:Entity) WHERE n.id IN $ids
				RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label""")
			.bind(List.copyOf(ids))
			.to("ids")
			.fetch()
			.all()
			.forEach((record) -> labels.put((String) record.get("id"), (String) record.get("label")));
		return labels;
	}

	/**
	 * Stages, then publishes; on any failure removes what was staged and rethrows.
	 * @param inGraph the ids among the rows' that are already in the graph
	 * @param progress told the number of rows of each batch once it is written
	 */
	WriteCounts write(CorpusRows rows, Set<String> inGraph, IntConsumer progress) {
		removeStaged();
		Plan plan = Plan.of(rows, inGraph);
		WriteCounts counts = new WriteCounts();
		try {
			group(plan.newNodes, NodeRow::label).values()
				.forEach((group) -> stage(CorpusStatements.stageNodes(), group, NodeRow::properties, counts, progress));
			group(plan.newRelationships, RelationshipRow::type).forEach((type, group) -> stage(
					CorpusStatements.stageRelationships(type), group, CorpusWriter::stagedParameters, counts, progress));
			logger.info("Publishing " + plan.newNodes.size() + " staged nodes and writing " + plan.touchingGraph()
					+ " rows that touch the graph, in one transaction");
			long publishing = System.nanoTime();
			this.transactions.executeWithoutResult((status) -> publish(plan, counts, progress));
			logger.info("Published in " + (System.nanoTime() - publishing) / 1_000_000 + " ms");
			return counts;
		}
		catch (RuntimeException ex) {
			try {
				removeStaged();
			}
			catch (RuntimeException cleanUp) {
				ex.addSuppressed(cleanUp);
			}
			throw ex;
		}
	}

	/**
	 * Deletes every staged node and its relationships, a bounded step per transaction.
	 * @return the number of nodes deleted
	 */
	long removeStaged() {
		String cypher = CorpusStatements.removeStaged().getCypher();
		long removed = 0;
		for (int deleted = REMOVAL_BATCH; deleted == REMOVAL_BATCH;) {
			deleted = this.client.query(cypher).bind(REMOVAL_BATCH).to("limit").run().counters().nodesDeleted();
			removed += deleted;
		}
		if (removed > 0) {
			logger.info("Removed " + removed + " staged nodes of an import that did not finish");
		}
		return removed;
	}

	/** Each staging statement runs outside any transaction, so in one of its own (auto-commit). */
	private <T> void stage(Statement statement, List<T> rows, Function<T, ?> parameters, WriteCounts counts,
			IntConsumer progress) {
		BatchWritten counted = counted(counts, progress);
		batches(statement, rows, parameters, (batch, summary) -> {
			expect(summary.nodesCreated() + summary.relationshipsCreated(), batch.size(), "written");
			counted.accept(batch, summary);
		});
	}

	/** Runs inside the publishing transaction, which every statement here joins. */
	private void publish(Plan plan, WriteCounts counts, IntConsumer progress) {
		group(plan.newNodes, NodeRow::label).forEach((label, group) -> batches(CorpusStatements.publishNodes(label),
				group, NodeRow::id, (batch, summary) -> expect(summary.labelsRemoved(), batch.size(), "published")));
		group(plan.existingNodes, NodeRow::label).forEach((label, group) -> batches(CorpusStatements.mergeNodes(label),
				group, NodeRow::properties, counted(counts, progress)));
		group(plan.relationshipsTouchingGraph, RelationshipRow::type).forEach((type, group) -> batches(
				CorpusStatements.mergeRelationships(type), group, CorpusWriter::mergedParameters, counted(counts, progress)));
	}

	/** Sends the rows in batches, turning each batch into parameters only when it is sent. */
	private <T> void batches(Statement statement, List<T> rows, Function<T, ?> parameters, BatchWritten written) {
		String cypher = statement.getCypher();
		for (int start = 0; start < rows.size(); start += BATCH_SIZE) {
			List<?> batch = rows.subList(start, Math.min(rows.size(), start + BATCH_SIZE))
				.stream()
				.map(parameters)
				.toList();
			written.accept(batch, this.client.query(cypher).bind(batch).to("rows").run().counters());
		}
	}

	/** Adds a batch's counters to the totals and reports its rows as written. */
	private static BatchWritten counted(WriteCounts counts, IntConsumer progress) {
		return (batch, summary) -> {
			counts.add(summary);
			progress.accept(batch.size());
		};
	}

	/**
	 * Every staged row must land. Staged nodes vanish only by a clean-up, which here would be
	 * another application's import on the same database: this import must then fail, not
	 * publish part of itself.
	 */
	private static void expect(int actual, int expected, String what) {
		if (actual != expected) {
			throw new IllegalStateException(expected + " staged rows should have been " + what + " but " + actual
					+ " were: staged nodes went missing (is another application importing into this database?)");
		}
	}

	private static Map<String, Object> stagedParameters(RelationshipRow row) {
		return Map.of("from", row.from(), "to", row.to(), "properties", row.properties());
	}

	private static Map<String, Object> mergedParameters(RelationshipRow row) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("from", row.from());
		parameters.put("to", row.to());
		parameters.put("source", row.properties().get("source"));
		parameters.put("locator", row.properties().get("locator"));
		parameters.put("properties", row.properties());
		return parameters;
	}

	private static <T> Map<String, List<T>> group(List<T> rows, Function<T, String> key) {
		return rows.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toCollection(ArrayList::new)));
	}

	@FunctionalInterface
	private interface BatchWritten {

		void accept(List<?> batch, SummaryCounters summary);

	}

	/** Which rows are staged and which are written when publishing. */
	private record Plan(List<NodeRow> newNodes, List<NodeRow> existingNodes, List<RelationshipRow> newRelationships,
			List<RelationshipRow> relationshipsTouchingGraph) {

		static Plan of(CorpusRows rows, Set<String> inGraph) {
			Map<Boolean, List<NodeRow>> nodes = rows.nodes()
				.stream()
				.collect(Collectors.partitioningBy((row) -> inGraph.contains(row.id())));
			Map<Boolean, List<RelationshipRow>> relationships = rows.relationships()
				.stream()
				.collect(Collectors.partitioningBy((row) -> inGraph.contains(row.from()) || inGraph.contains(row.to())));
			return new Plan(nodes.get(false), nodes.get(true), relationships.get(false), relationships.get(true));
		}

		int touchingGraph() {
			return this.existingNodes.size() + this.relationshipsTouchingGraph.size();
		}

	}

	/** What the write changed, summed over its statements. */
	static final class WriteCounts {

		int nodesCreated;

		int relationshipsCreated;

		int propertiesSet;

		void add(SummaryCounters summary) {
			this.nodesCreated += summary.nodesCreated();
			this.relationshipsCreated += summary.relationshipsCreated();
			this.propertiesSet += summary.propertiesSet();
		}

	}

}
