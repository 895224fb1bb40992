package io.normgraph.node;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

import io.normgraph.graph.Fields;
import io.normgraph.graph.GraphNode;
import io.normgraph.graph.GraphRelationship;
import io.normgraph.graph.GraphResult;
import io.normgraph.graph.NodeLimit;
import io.normgraph.graph.Omitted;
import io.normgraph.schema.Schema;
import io.normgraph.schema.SchemaRegistry;
import io.normgraph.system.BadParameterException;
import io.normgraph.system.NotFoundException;
import io.normgraph.system.Parameters;
import io.normgraph.time.AsOf;

/**
 * Reads nodes through {@link Neo4jClient}: no entity mapping, one round trip per call.
 */
@Service
public class NodeService {

	static final int DEFAULT_PAGE_SIZE = 50;

	static final int MAX_PAGE_SIZE = 200;

	private final Neo4jClient client;

	private final SchemaRegistry schemas;

	/** The list statement of each label, rendered once. */
	private final Map<String, String> listStatements = new ConcurrentHashMap<>();

	NodeService(Neo4jClient client, SchemaRegistry schemas) {
		this.client = client;
		this.schemas = schemas;
	}

	public GraphNode find(String id) {
		return find(id, null);
	}

	/** The node as of a date: {@link NotFoundException} also when it had not begun or had ended by then. */
	public GraphNode find(String id, @Nullable String asOf) {
		Parameters.id(id, "id");
		AsOf day = AsOf.parse(asOf);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put(AsOf.PARAMETER, AsOf.parameter(day));
		return this.client.query(NodeQueries.BY_ID)
			.bindAll(parameters)
			.fetchAs(GraphNode.class)
			.mappedBy((types, record) -> present(record.get("n"), record.get("holds"), day)
				.with("provenance", record.get("provenance").asList((value) -> withoutNulls(value.asMap()))))
			.one()
			.orElseThrow(() -> new NotFoundException("id", id));
	}

	private static Map<String, Object> withoutNulls(Map<String, Object> map) {
		Map<String, Object> kept = new LinkedHashMap<>();
		map.forEach((key, value) -> {
			if (value != null) {
				kept.put(key, value);
			}
		});
		return kept;
	}

	/** The node, marked if undated; refused if it does not hold as of the date. */
	private static GraphNode present(Value value, Value holds, @Nullable AsOf asOf) {
		GraphNode node = GraphNode.of(value.asNode());
		if (asOf != null && !holds.asBoolean()) {
			Object from = node.properties().get(Schema.VALID_FROM);
			Object until = node.properties().get(Schema.VALID_UNTIL);
			String why = (until != null && asOf.day().isAfter((LocalDate) until)) ? "it ended on " + until
					: "it begins on " + from;
			throw NotFoundException.because("id",
					"'" + node.id() + "' is not part of the graph as of " + asOf.text() + ": " + why);
		}
		return AsOf.mark(asOf, node);
	}

	/**
	 * @param corpus only nodes this corpus asserts, or null for every corpus
	 */
	public NodePage list(@Nullable String label, @Nullable Integer page, @Nullable Integer size,
			@Nullable String name, @Nullable String corpus) {
		if (label == null || label.isEmpty()) {
			throw new BadParameterException("label", "label is required");
		}
		Set<String> labels = this.schemas.current().labels().keySet();
		if (!labels.contains(label)) {
			throw new BadParameterException("label", "label must be one of " + String.join(", ", new TreeSet<>(labels)));
		}
		int pageNumber = Parameters.bounded(page, 0, 0, 1_000_000, "page");
		int pageSize = Parameters.bounded(size, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE, "size");
		if (name != null && name.length() > 200) {
			throw new BadParameterException("name", "name must be at most 200 characters");
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("name", (name == null || name.isEmpty()) ? null : name);
		parameters.put("corpus", Parameters.optionalId(corpus, "corpus"));
		parameters.put("skip", pageNumber * pageSize);
		parameters.put("end", pageNumber * pageSize + pageSize);
		return this.client.query(this.listStatements.computeIfAbsent(label, (chosen) -> NodeQueries.list(chosen).getCypher()))
			.bindAll(parameters)
			.fetchAs(NodePage.class)
			.mappedBy((types, record) -> new NodePage(
					record.get("items").asList((value) -> GraphNode.of(value.asNode())), pageNumber, pageSize,
					record.get("total").asLong()))
			.one()
			.orElseThrow();
	}

	/**
	 * The node and at most {@code limit} of its neighbours (by id), with every relationship
	 * between it and them; minimal {@code fields} keep ids, labels, names and types only. With
	 * {@code asOf}, only the neighbours and relationships that hold then (undated ones marked).
	 */
	public GraphResult neighbourhood(String id, @Nullable Integer limit, @Nullable String fields, @Nullable String asOf) {
		Parameters.id(id, "id");
		int checkedLimit = NodeLimit.of(limit);
		Fields checkedFields = Fields.parse(fields);
		AsOf day = AsOf.parse(asOf);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("limit", checkedLimit);
		parameters.put(AsOf.PARAMETER, AsOf.parameter(day));
		return this.client.query(NodeQueries.NEIGHBOURHOOD)
			.bindAll(parameters)
			.fetchAs(GraphResult.class)
			.mappedBy((types, record) -> neighbourhood(record, checkedFields, day))
			.one()
			.orElseThrow(() -> new NotFoundException("id", id));
	}

	private static GraphResult neighbourhood(org.neo4j.driver.Record record, Fields fields, @Nullable AsOf asOf) {
		Map<String, GraphNode> nodes = new LinkedHashMap<>();
		GraphNode node = shown(present(record.get("n"), record.get("holds"), asOf), fields);
		nodes.put(node.id(), node);
		List<GraphRelationship> relationships = new ArrayList<>();
		for (Value link : record.get("links").values()) {
			if (link.get("r").isNull()) {
				continue;
			}
			GraphNode other = shown(AsOf.mark(asOf, GraphNode.of(link.get("m").asNode())), fields);
			nodes.putIfAbsent(other.id(), other);
			GraphRelationship relationship = AsOf.mark(asOf, GraphRelationship.of(link.get("r").asRelationship(),
					link.get("start").asString(), link.get("end").asString()));
			relationships.add((fields == Fields.ALL) ? relationship : relationship.minimal());
		}
		return new GraphResult(List.copyOf(nodes.values()), relationships,
				new Omitted(record.get("omittedNodes").asLong(), record.get("omittedRelationships").asLong()));
	}

	private static GraphNode shown(GraphNode node, Fields fields) {
		return (fields == Fields.ALL) ? node : node.minimal();
	}

	/** The {@code Source} node of each node's provenance, all in one round trip. */
	public Map<GraphNode, @Nullable GraphNode> sources(Collection<GraphNode> nodes) {
		List<Object> ids = nodes.stream().map((node) -> node.properties().get("source")).distinct().toList();
		Map<String, GraphNode> byId = new HashMap<>();
		this.client.query(NodeQueries.SOURCES)
			.bind(ids)
			.to("ids")
			.fetchAs(GraphNode.class)
			.mappedBy((types, record) -> GraphNode.of(record.get("s").asNode()))
			.all()
			.forEach((source) -> byId.put(source.id(), source));
		Map<GraphNode, @Nullable GraphNode> result = new LinkedHashMap<>();
		nodes.forEach((node) -> result.put(node, byId.get(node.properties().get("source"))));
		return result;
	}

}
