package io.normgraph.graph;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Everything in the graph as sorted lines of text, so a test can assert that the database is
 * exactly as it was, not merely that counts match.
 */
public final class GraphSnapshot {

	private GraphSnapshot() {
	}

	public static List<String> of(Neo4jClient client) {
		Stream<String> nodes = client.query("MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties")
			.fetch()
			.all()
			.stream()
			.map((row) -> sortedLabels(row.get("labels")) + " " + sorted(row.get("properties")));
		Stream<String> relationships = client.query("""
				MATCH (a)-[r]->(b)
				RETURN a.id AS start, type(r) AS type, b.id AS end, properties(r) AS properties""")
			.fetch()
			.all()
			.stream()
			.map((row) -> row.get("start") + " -" + row.get("type") + "-> " + row.get("end") + " "
					+ sorted(row.get("properties")));
		return Stream.concat(nodes, relationships).sorted().toList();
	}

	@SuppressWarnings("unchecked")
	private static String sorted(Object map) {
		return new TreeMap<>((Map<String, Object>) map).toString();
	}

	private static String sortedLabels(Object labels) {
		return ((List<?>) labels).stream().map(String::valueOf).sorted().toList().toString();
	}

}
