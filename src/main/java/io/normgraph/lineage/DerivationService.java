package io.normgraph.lineage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

import io.normgraph.graph.GraphNode;
import io.normgraph.system.NotFoundException;
import io.normgraph.system.Parameters;

/**
 * "Which standards derive from which G8 or SAFE text": a fixed statement, so a text block
 * through {@link Neo4jClient}.
 */
@Service
public class DerivationService {

	/** DERIVES_FROM hops from a provision's container to the root, at most. */
	static final int MAX_CHAIN = 6;

	static final String DERIVED = """
			MATCH (root:Entity {id: $id})
			OPTIONAL MATCH chain = (x)-[:DERIVES_FROM*1..6]->(root)
			OPTIONAL MATCH part = (p:Provision)-[:PART_OF*0..4]->(x)
			RETURN root, collect(CASE WHEN p IS NULL THEN null
			  ELSE {p: p, ids: [n IN nodes(part) | n.id] + [n IN tail(nodes(chain)) | n.id]} END) AS rows""";

	/** Ids in natural order, so secure-std-2 comes before secure-std-10. */
	static final Comparator<String> NATURAL = (a, b) -> {
		String[] x = a.split("(?<=\\d)(?=\\D)|(?<=\\D)(?=\\d)");
		String[] y = b.split("(?<=\\d)(?=\\D)|(?<=\\D)(?=\\d)");
		for (int i = 0; i < Math.min(x.length, y.length); i++) {
			boolean digits = Character.isDigit(x[i].charAt(0)) && Character.isDigit(y[i].charAt(0));
			int order = (digits && x[i].length() != y[i].length()) ? Integer.compare(x[i].length(), y[i].length())
					: x[i].compareTo(y[i]);
			if (order != 0) {
				return order;
			}
		}
		return Integer.compare(x.length, y.length);
	};

	private final Neo4jClient client;

	DerivationService(Neo4jClient client) {
		this.client = client;
	}

	public Derivation derived(String root) {
		Parameters.id(root, "id");
		return this.client.query(DERIVED)
			.bind(root)
			.to("id")
			.fetchAs(Derivation.class)
			.mappedBy((types, record) -> derivation(record))
			.one()
			.orElseThrow(() -> new NotFoundException("id", root));
	}

	private static Derivation derivation(Record record) {
		Map<String, Derivation.Row> shortest = new LinkedHashMap<>();
		for (Value row : record.get("rows").values()) {
			GraphNode provision = GraphNode.of(row.get("p").asNode());
			List<String> chain = row.get("ids").asList(Value::asString);
			shortest.merge(provision.id(), new Derivation.Row(provision, chain),
					(old, now) -> (now.chain().size() < old.chain().size()) ? now : old);
		}
		List<Derivation.Row> rows = new ArrayList<>(shortest.values());
		rows.sort(Comparator.comparing((Derivation.Row row) -> row.provision().id(), NATURAL));
		return new Derivation(GraphNode.of(record.get("root").asNode()), rows);
	}

}
