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
import io.normgraph.corpus.GraphState.Existing;
import io.normgraph.corpus.NodeState.CoAssertion;
import io.normgraph.schema.Schema;

/**
 * Writes an {@link ImportPlan} all or nothing without holding it all in one transaction, whose
 * memory grows with every row.
 * <ol>
 * <li><b>Stage</b>: new nodes, and relationships between two new nodes, are created in
 * transactions of {@link #BATCH_SIZE} rows under the label {@link CorpusStatements#STAGED}
 * only, so they are invisible to every reader and unreachable from the published graph.</li>
 * <li><b>Publish</b>, in one transaction: the corpus's {@code Corpus} node, the staged nodes'
 * labels, then every change that touches the published graph (changed and shared nodes,
 * relationships with an end in the graph, what the corpus no longer asserts). Readers see the
 * whole import at once or none of it.</li>
 * </ol>
 * A failure removes what was staged; a crash leaves staged nodes that the next start or import
 * removes.
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

	/**
	 * Stages, then publishes; on any failure removes what was staged and rethrows.
	 * @param id the corpus's id
	 * @param corpus the Corpus node's properties
	 * @param remove whether the corpus is being removed (its Corpus node goes at the end)
	 * @param progress told the number of rows of each batch once it is written
	 */
	void write(ImportPlan plan, String id, Map<String, Object> corpus, boolean remove, IntConsumer progress) {
		removeStaged();
		Set<String> created = plan.create().stream().map(NodeRow::id).collect(Collectors.toSet());
		Map<Boolean, List<RelationshipRow>> relationships = plan.createRelationships()
			.stream()
			.collect(Collectors.partitioningBy((row) -> created.contains(row.from()) && created.contains(row.to())));
		try {
			group(plan.create(), NodeRow::label).values()
				.forEach((group) -> stage(CorpusStatements.stageNodes(), group, NodeRow::properties, progress));
			group(relationships.get(true), RelationshipRow::type).forEach((type, group) -> stage(
					CorpusStatements.stageRelationships(type), group, CorpusWriter::created, progress));
			logger.info("Publishing corpus " + id + ": " + plan.create().size() + " staged nodes and "
					+ (plan.size() - plan.create().size() - relationships.get(true).size())
					+ " changes to the graph, in one transaction");
			long publishing = System.nanoTime();
			this.transactions.executeWithoutResult((status) -> publish(plan, id, corpus, remove, relationships.get(false), progress));
			logger.info("Published corpus " + id + " in " + (System.nanoTime() - publishing) / 1_000_000 + " ms");
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

	/** Runs inside the publishing transaction, which every statement here joins. */
	private void publish(ImportPlan plan, String id, Map<String, Object> corpus, boolean remove,
			List<RelationshipRow> touchingGraph, IntConsumer progress) {
		this.client.query(CorpusStatements.UPSERT_CORPUS).bindAll(Map.of("id", id, "properties", corpus)).run();
		group(plan.create(), NodeRow::label).forEach((label, group) -> batches(CorpusStatements.publishNodes(label).getCypher(),
				group, NodeRow::id, (batch, summary) -> expect(summary.labelsRemoved(), batch.size(), "published")));
		batches(CorpusStatements.UPDATE_NODES, plan.update(), CorpusWriter::updated, counted(progress));
		group(touchingGraph, RelationshipRow::type).forEach((type, group) -> batches(
				CorpusStatements.createRelationships(type).getCypher(), group, CorpusWriter::created, counted(progress)));
		group(plan.updateRelationships(), RelationshipRow::type).forEach((type, group) -> batches(
				CorpusStatements.updateRelationships(type).getCypher(), group, CorpusWriter::identified, counted(progress)));
		group(plan.deleteRelationships(), Existing::type).forEach((type, group) -> batches(
				CorpusStatements.deleteRelationships(type).getCypher(), group, CorpusWriter::identified, counted(progress)));
		batches(CorpusStatements.DELETE_NODES, plan.delete(), Function.identity(), counted(progress));
		if (remove) {
			this.client.query(CorpusStatements.DELETE_CORPUS).bind(id).to("id").run();
		}
	}

	private <T> void stage(Statement statement, List<T> rows, Function<T, ?> parameters, IntConsumer progress) {
		batches(statement.getCypher(), rows, parameters, (batch, summary) -> {
			expect(summary.nodesCreated() + summary.relationshipsCreated(), batch.size(), "written");
			progress.accept(batch.size());
		});
	}

	/** Sends the rows in batches, turning each batch into parameters only when it is sent. */
	private <T> void batches(String cypher, List<T> rows, Function<T, ?> parameters, BatchWritten written) {
		for (int start = 0; start < rows.size(); start += BATCH_SIZE) {
			List<?> batch = rows.subList(start, Math.min(rows.size(), start + BATCH_SIZE)).stream().map(parameters).toList();
			written.accept(batch, this.client.query(cypher).bind(batch).to("rows").run().counters());
		}
	}

	private static BatchWritten counted(IntConsumer progress) {
		return (batch, summary) -> progress.accept(batch.size());
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

	private static Map<String, Object> created(RelationshipRow row) {
		return Map.of("from", row.from(), "to", row.to(), "properties", row.properties());
	}

	private static Map<String, Object> identified(RelationshipRow row) {
		return identity(row.from(), row.to(), row.properties());
	}

	private static Map<String, Object> identified(Existing relationship) {
		return identity(relationship.from(), relationship.to(), relationship.properties());
	}

	private static Map<String, Object> identity(String from, String to, Map<String, Object> properties) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("source", properties.get("source"));
		parameters.put("locator", properties.get("locator"));
		parameters.put(Schema.CORPUS, properties.get(Schema.CORPUS));
		parameters.put("properties", properties);
		return parameters;
	}

	/** A changed node: its properties, and the ASSERTS of the corpora that share it, in order. */
	private static Map<String, Object> updated(NodeState state) {
		List<Map<String, Object>> others = new ArrayList<>();
		for (CoAssertion other : state.others()) {
			Map<String, Object> properties = new HashMap<>(other.provenance());
			properties.put("keys", List.copyOf(new java.util.TreeSet<>(other.keys())));
			properties.put("added", List.copyOf(new java.util.TreeSet<>(other.added())));
			properties.put("order", others.size());
			others.add(Map.of("corpus", other.corpus(), "properties", properties));
		}
		return Map.of("id", state.id(), "properties", state.properties(), "others", others);
	}

	private static <T> Map<String, List<T>> group(List<T> rows, Function<T, String> key) {
		return rows.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toCollection(ArrayList::new)));
	}

	@FunctionalInterface
	private interface BatchWritten {

		void accept(List<?> batch, SummaryCounters summary);

	}

}
