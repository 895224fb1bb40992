package io.normgraph.reuse.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

import io.normgraph.graph.GraphNode;
import io.normgraph.schema.SchemaRegistry;
import io.normgraph.system.NotFoundException;
import io.normgraph.system.Parameters;

/**
 * What a provision or instrument reuses and what reuses it: the inferred relationships of the
 * schema's reuse type at the node, both ways, best score first (docs/reuse.md).
 */
@Service
public class NodeReuseService {

	/**
	 * The node and each inferred reuse at it with the other end. The type is a parameter and the
	 * properties are read by key, so a graph without detected reuse answers without Neo4j warning
	 * of an unknown type or property.
	 */
	static final String AT_NODE = """
			MATCH (n:Entity {id: $id})
			OPTIONAL MATCH (n)-[r]-(o:Entity)
			WHERE type(r) = $type AND properties(r).inferred = true
			RETURN n.id AS id, properties(r) AS r, o, startNode(r) = n AS later""";

	private final Neo4jClient client;

	private final SchemaRegistry schemas;

	NodeReuseService(Neo4jClient client, SchemaRegistry schemas) {
		this.client = client;
		this.schemas = schemas;
	}

	public List<NodeReuse> reuse(String id) {
		Parameters.id(id, "id");
		String type = ReuseSchema.of(this.schemas.current()).reuse();
		List<Record> rows = List.copyOf(this.client.query(AT_NODE)
			.bindAll(Map.of("id", id, "type", type))
			.fetchAs(Record.class)
			.mappedBy((types, record) -> record)
			.all());
		if (rows.isEmpty()) {
			throw new NotFoundException("id", id);
		}
		List<NodeReuse> found = new ArrayList<>();
		for (Record row : rows) {
			if (!row.get("r").isNull()) {
				found.add(entry(id, row));
			}
		}
		found.sort(Comparator.comparingDouble(NodeReuse::score).reversed()
			.thenComparing((reuse) -> reuse.other().id()).thenComparing(NodeReuse::direction));
		return found;
	}

	private static NodeReuse entry(String id, Record row) {
		Value r = row.get("r");
		GraphNode other = GraphNode.of(row.get("o").asNode()).minimal();
		boolean later = row.get("later").asBoolean();
		return new NodeReuse(other, later ? NodeReuse.REUSES : NodeReuse.REUSED_BY, later ? id : other.id(),
				later ? other.id() : id, r.get("level").asString(""), r.get("score").asDouble(0),
				decimal(r.get("similarity")), decimal(r.get("containment")), r.get("directed").asBoolean(true),
				text(r.get("laterTextProperty")), text(r.get("earlierTextProperty")), spans(r), r.get("source").asString(""),
				r.get("locator").asString(""));
	}

	/** The four offset lists as spans; lists of unequal length are cut to the shortest. */
	static List<NodeReuse.Span> spans(Value r) {
		List<Integer> laterStarts = offsets(r.get("laterStarts"));
		List<Integer> laterEnds = offsets(r.get("laterEnds"));
		List<Integer> earlierStarts = offsets(r.get("earlierStarts"));
		List<Integer> earlierEnds = offsets(r.get("earlierEnds"));
		int count = Math.min(Math.min(laterStarts.size(), laterEnds.size()),
				Math.min(earlierStarts.size(), earlierEnds.size()));
		List<NodeReuse.Span> spans = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			spans.add(new NodeReuse.Span(laterStarts.get(i), laterEnds.get(i), earlierStarts.get(i), earlierEnds.get(i)));
		}
		return spans;
	}

	private static List<Integer> offsets(Value list) {
		return list.isNull() ? List.of() : list.asList(Value::asInt);
	}

	private static @Nullable Double decimal(Value value) {
		return value.isNull() ? null : value.asDouble();
	}

	private static @Nullable String text(Value value) {
		return value.isNull() ? null : value.asString();
	}

}
