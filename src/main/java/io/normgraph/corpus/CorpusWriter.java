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

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.driver.summary.SummaryCounters;
import org.springframework.data.neo4j.core.Neo4jClient;

import io.normgraph.corpus.CorpusRows.NodeRow;
import io.normgraph.corpus.CorpusRows.RelationshipRow;
import io.normgraph.graph.GraphNode;

/**
 * Writes validated rows with MERGE on their identity (a node's id; a relationship's type,
 * endpoints, source and locator) and replaces their properties with the row's, so importing
 * the same files again changes nothing. The caller runs it inside one transaction.
 */
class CorpusWriter {

	/** Rows per UNWIND: big enough to amortise a round trip, small enough to keep parameters modest. */
	static final int BATCH_SIZE = 5_000;

	private static final SymbolicName ROW = Cypher.name("row");

	private final Neo4jClient client;

	CorpusWriter(Neo4jClient client) {
		this.client = client;
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
	 * Writes nodes first, then relationships, in batches.
	 * @param progress told the number of rows of each batch once it is written
	 */
	WriteCounts write(CorpusRows rows, IntConsumer progress) {
		WriteCounts counts = new WriteCounts();
		group(rows.nodes(), NodeRow::label).forEach((label, group) -> run(mergeNodes(label), group,
				NodeRow::properties, counts, progress));
		group(rows.relationships(), RelationshipRow::type).forEach((type, group) -> run(mergeRelationships(type), group,
				CorpusWriter::relationshipParameters, counts, progress));
		return counts;
	}

	/** Sends the rows in batches, turning each batch into parameters only when it is sent. */
	private <T> void run(Statement statement, List<T> rows, Function<T, Map<String, Object>> parameters,
			WriteCounts counts, IntConsumer progress) {
		String cypher = statement.getCypher();
		for (int start = 0; start < rows.size(); start += BATCH_SIZE) {
			List<Map<String, Object>> batch = rows.subList(start, Math.min(rows.size(), start + BATCH_SIZE))
				.stream()
				.map(parameters)
				.toList();
			SummaryCounters summary = this.client.query(cypher).bind(batch).to("rows").run().counters();
			counts.add(summary);
			progress.accept(batch.size());
		}
	}

	/** {@code UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n = row SET n:Label} */
	static Statement mergeNodes(String label) {
		Node node = Cypher.node(GraphNode.ENTITY)
			.named("n")
			.withProperties("id", Cypher.property(ROW, "id"));
		return Cypher.unwind(Cypher.parameter("rows"))
			.as(ROW)
			.merge(node)
			.set(node, ROW)
			.set(node, label)
			.build();
	}

	/**
	 * {@code UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
	 * MERGE (a)-[r:TYPE {source: row.source, locator: row.locator}]->(b) SET r = row.properties}
	 */
	static Statement mergeRelationships(String type) {
		Node from = Cypher.node(GraphNode.ENTITY)
			.named("a")
			.withProperties("id", Cypher.property(ROW, "from"));
		Node to = Cypher.node(GraphNode.ENTITY)
			.named("b")
			.withProperties("id", Cypher.property(ROW, "to"));
		Relationship relationship = from.relationshipTo(to, type)
			.named("r")
			.withProperties("source", Cypher.property(ROW, "source"), "locator", Cypher.property(ROW, "locator"));
		return Cypher.unwind(Cypher.parameter("rows"))
			.as(ROW)
			.match(from)
			.match(to)
			.merge(relationship)
			.set(relationship, Cypher.property(ROW, "properties"))
			.build();
	}

	private static Map<String, Object> relationshipParameters(RelationshipRow row) {
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
