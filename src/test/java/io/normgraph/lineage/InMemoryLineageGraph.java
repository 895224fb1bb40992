package io.normgraph.lineage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.internal.InternalNode;
import org.neo4j.driver.internal.InternalPath;
import org.neo4j.driver.internal.InternalRecord;
import org.neo4j.driver.internal.InternalRelationship;
import org.neo4j.driver.internal.value.NodeValue;
import org.neo4j.driver.internal.value.PathValue;
import org.neo4j.driver.internal.value.RelationshipValue;
import org.neo4j.driver.types.Entity;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;

import io.normgraph.lineage.LineageQueries.Rows;
import io.normgraph.schema.BuiltInSchema;

/**
 * A small graph in memory that answers the walk's statements ({@link LineageQueries}: the root,
 * a level and the parts in each {@link Rows} shape, {@code within}, {@link LineageQueries#LOAD})
 * as Neo4j would, recognising each by its rendered text, so the walk, its budget and the
 * assembly run as fast unit tests. The statements themselves run against the database in the
 * ITs (LineageFanOutIT and BoundedLineageIT hold the same fixtures). Also records the shape of
 * every statement run ("root", "level FULL", "parts COUNT", "load", "within").
 */
final class InMemoryLineageGraph implements LineageWalk.Statements {

	/** How a statement fetching a whole walk ({@link LineageQueries#fetch}) ends. */
	static final String FETCH_RETURNS = "RETURN root, ups, hops, ends, contained, parts";

	private final Map<String, Node> nodes = new LinkedHashMap<>();

	private final Map<String, Node> byElementId = new LinkedHashMap<>();

	private final List<Relationship> relationships = new ArrayList<>();

	private final AtomicInteger keys = new AtomicInteger();

	private final List<String> shapes = new ArrayList<>();

	/** The types of the walk being answered: its statements are recognised by them. */
	private LineageTypes types = LineageTypes.parse(null, BuiltInSchema.get());

	/** Answers the statements of a walk over these types from now on. */
	InMemoryLineageGraph using(LineageTypes types) {
		this.types = types;
		return this;
	}

	/** A node with its id as name, provenance and a text (a property only a whole node carries). */
	InMemoryLineageGraph node(String id, String label) {
		int key = this.keys.incrementAndGet();
		Node node = new InternalNode(key, "n" + key, List.of("Entity", label), Map.of("id", Values.value(id), "name",
				Values.value(id), "source", Values.value("li-2008"), "text", Values.value("text of " + id)));
		this.nodes.put(id, node);
		this.byElementId.put(node.elementId(), node);
		return this;
	}

	InMemoryLineageGraph link(String from, String type, String to, String locator) {
		Node start = this.nodes.get(from);
		Node end = this.nodes.get(to);
		int key = this.keys.incrementAndGet();
		this.relationships.add(new InternalRelationship(key, "r" + key, start.id(), start.elementId(), end.id(),
				end.elementId(), type, Map.of("source", Values.value("li-2008"), "locator", Values.value(locator))));
		return this;
	}

	/** The shape of each statement run so far, in order. */
	List<String> shapes() {
		return List.copyOf(this.shapes);
	}

	/** Forgets the statements run so far. */
	void reset() {
		this.shapes.clear();
	}

	int statements() {
		return this.shapes.size();
	}

	@Override
	public List<Record> run(String cypher, Map<String, Object> parameters) {
		if (cypher.equals(LineageQueries.LOAD)) {
			this.shapes.add("load");
			return load(strings(parameters, "nodes"), strings(parameters, "relationships"));
		}
		if (cypher.endsWith(FETCH_RETURNS)) {
			// What one statement fetches up front (FetchedReads) is checked against the database
			// (LineageFetchIT); answered with no row here, the walk reads level by level.
			this.shapes.add("fetch");
			return List.of();
		}
		for (boolean upstream : new boolean[] { true, false }) {
			if (cypher.equals(LineageQueries.root(this.types, upstream, false))) {
				this.shapes.add("root");
				requireRoot(cypher, upstream);
				return root((String) parameters.get("id"), upstream);
			}
			for (Rows rows : Rows.values()) {
				if (cypher.equals(LineageQueries.level(this.types, upstream, rows, false))) {
					this.shapes.add("level " + rows);
					requireLevel(cypher, upstream, rows);
					return level(upstream, rows, strings(parameters, "frontier"));
				}
			}
		}
		if (this.types.inherits()) {
			for (Rows rows : Rows.values()) {
				if (cypher.equals(LineageQueries.parts(this.types, rows, false))) {
					this.shapes.add("parts " + rows);
					Integer cap = (rows == Rows.FULL) ? (Integer) parameters.get("cap") : null;
					requireParts(cypher, rows);
					return parts(rows, strings(parameters, "frontier"), (cap != null) ? cap : Integer.MAX_VALUE);
				}
			}
			if (cypher.equals(LineageQueries.within(this.types))) {
				this.shapes.add("within");
				require(cypher, "UNWIND $units AS e MATCH (u) WHERE elementId(u) = e MATCH (u)-[:" + containment()
						+ "*1..4]->(c) WHERE COUNT { (c)-[:" + containment() + "]->() } = 0 RETURN e, head(collect(c.id)) AS within");
				return within(strings(parameters, "units"));
			}
		}
		throw new IllegalArgumentException("not a statement of a walk over " + this.types + ": " + cypher);
	}

	/*
	 * The statements are recognised by their text as LineageQueries renders it; these checks make
	 * sure the text says what the answer below assumes (direction, types, units, columns), so a
	 * statement built wrong is refused here as Neo4j would answer it differently.
	 */

	private void requireRoot(String cypher, boolean upstream) {
		require(cypher, "MATCH (root:`Entity` {id: $id})", "RETURN root, " + count("root", upstream) + " AS onward");
		if (upstream && this.types.inherits()) {
			require(cypher, "OPTIONAL MATCH up = (root)-[:" + containment() + "*1..4]->(top) WHERE " + units("root"),
					"AS onward, up, " + count("top", true) + " AS topOnward");
		}
		else {
			refuse(cypher, "OPTIONAL", "PART_OF");
		}
	}

	private void requireLevel(String cypher, boolean upstream, Rows rows) {
		String hop = upstream ? "(u)-[r:" + followed() + "]->(v)" : "(u)<-[r:" + followed() + "]-(v)";
		require(cypher, "UNWIND $frontier AS from MATCH (u) WHERE elementId(u) = from MATCH " + hop + " RETURN from, ",
				count("v", upstream) + " AS onward");
		require(cypher, switch (rows) {
			case FULL -> "RETURN from, r, v, COUNT";
			case LIGHT -> "RETURN from, elementId(r) AS re, type(r) AS type, r.source AS source, r.locator AS locator, "
					+ "elementId(v) AS ve, v.id AS id, v.name AS name, labels(v) AS labels, COUNT";
			case COUNT -> "RETURN from, elementId(r) AS re, elementId(v) AS ve, COUNT";
		});
		if (!upstream && this.types.inherits()) {
			require(cypher, "AS onward, COUNT { (v)<-[:" + containment() + "]-() } AS parts");
		}
		else {
			refuse(cypher, "AS parts");
		}
	}

	private void requireParts(String cypher, Rows rows) {
		require(cypher, "UNWIND $frontier AS from MATCH (m) WHERE elementId(m) = from MATCH part = (m)<-[:"
				+ containment() + "*1..4]-(unit) WHERE " + units("unit") + " RETURN from, ");
		require(cypher, switch (rows) {
			case FULL -> "RETURN from, part LIMIT $cap";
			case LIGHT -> "[n IN nodes(part) | {e: elementId(n), id: n.id, name: n.name, labels: labels(n)}] AS nodes, "
					+ "[r IN relationships(part) | {e: elementId(r), type: type(r), source: r.source, locator: r.locator}] AS relationships";
			case COUNT -> "[n IN nodes(part) | elementId(n)] AS nodes, [r IN relationships(part) | elementId(r)] AS relationships";
		});
	}

	private static void require(String cypher, String... fragments) {
		for (String fragment : fragments) {
			if (!cypher.contains(fragment)) {
				throw new IllegalArgumentException("expected '" + fragment + "' in: " + cypher);
			}
		}
	}

	private static void refuse(String cypher, String... fragments) {
		for (String fragment : fragments) {
			if (cypher.contains(fragment)) {
				throw new IllegalArgumentException("did not expect '" + fragment + "' in: " + cypher);
			}
		}
	}

	/** {@code COUNT { (v)-[:T]->() }} upstream, {@code COUNT { (v)<-[:T]-() }} downstream. */
	private String count(String node, boolean upstream) {
		return upstream ? "COUNT { (" + node + ")-[:" + followed() + "]->() }"
				: "COUNT { (" + node + ")<-[:" + followed() + "]-() }";
	}

	private String followed() {
		return quoted(this.types.followed());
	}

	private String containment() {
		return quoted(this.types.containment());
	}

	/** {@code unit:`Provision`}, or {@code (unit:`Article` OR unit:`Provision`)}. */
	private String units(String node) {
		List<String> labels = new TreeSet<>(this.types.units()).stream().map((label) -> node + ":`" + label + "`").toList();
		return (labels.size() == 1) ? labels.get(0) : "(" + String.join(" OR ", labels) + ")";
	}

	private static String quoted(Set<String> types) {
		return String.join("|", new TreeSet<>(types).stream().map((type) -> "`" + type + "`").toList());
	}

	/**
	 * {@code MATCH (root {id}) RETURN root, onward}; climbing, also {@code OPTIONAL MATCH up =
	 * (root)-[:PART_OF*1..4]->(top) WHERE root:Provision} with each top's {@code topOnward}.
	 */
	private List<Record> root(String id, boolean upstream) {
		Node root = this.nodes.get(id);
		if (root == null) {
			return List.of();
		}
		Value onward = Values.value(onward(root, upstream));
		if (!upstream || !this.types.inherits()) {
			return List.of(record(List.of("root", "onward"), new NodeValue(root), onward));
		}
		List<String> keys = List.of("root", "onward", "up", "topOnward");
		List<List<Entity>> ups = isUnit(root) ? paths(root, true) : List.of();
		if (ups.isEmpty()) {
			// An optional match that found nothing: up is null and COUNT { (null)-->() } is 0.
			return List.of(record(keys, new NodeValue(root), onward, Values.NULL, Values.value(0)));
		}
		return ups.stream()
			.map((up) -> record(keys, new NodeValue(root), onward, path(up),
					Values.value(onward((Node) up.get(up.size() - 1), true))))
			.toList();
	}

	/**
	 * {@code UNWIND $frontier AS from MATCH (u) WHERE elementId(u) = from MATCH (u)-[r]->(v)}
	 * (reversed downstream), returning r and v whole, light or as element ids, then
	 * {@code onward} and, downstream with inheritance, {@code parts}.
	 */
	private List<Record> level(boolean upstream, Rows rows, List<String> frontier) {
		boolean parts = !upstream && this.types.inherits();
		List<Record> records = new ArrayList<>();
		for (String from : frontier) {
			for (Relationship r : this.relationships) {
				if (!this.types.followed().contains(r.type()) || !near(r, upstream).equals(from)) {
					continue;
				}
				Node v = this.byElementId.get(far(r, upstream));
				List<String> keys = new ArrayList<>(List.of("from"));
				List<Value> values = new ArrayList<>(List.of(Values.value(from)));
				switch (rows) {
					case FULL -> {
						keys.addAll(List.of("r", "v"));
						values.addAll(List.of(new RelationshipValue(r), new NodeValue(v)));
					}
					case LIGHT -> {
						keys.addAll(List.of("re", "type", "source", "locator", "ve", "id", "name", "labels"));
						values.addAll(List.of(Values.value(r.elementId()), Values.value(r.type()), r.get("source"),
								r.get("locator"), Values.value(v.elementId()), v.get("id"), v.get("name"),
								Values.value(v.labels())));
					}
					case COUNT -> {
						keys.addAll(List.of("re", "ve"));
						values.addAll(List.of(Values.value(r.elementId()), Values.value(v.elementId())));
					}
				}
				keys.add("onward");
				values.add(Values.value(onward(v, upstream)));
				if (parts) {
					keys.add("parts");
					values.add(Values.value(this.relationships.stream()
						.filter((p) -> this.types.containment().contains(p.type()))
						.filter((p) -> p.endNodeElementId().equals(v.elementId()))
						.count()));
				}
				records.add(new InternalRecord(keys, values));
			}
		}
		return records;
	}

	/**
	 * {@code UNWIND $frontier AS from MATCH (m) WHERE elementId(m) = from MATCH part =
	 * (m)<-[:PART_OF*1..4]-(unit) WHERE unit:Provision}: the path (at most {@code cap} rows), its
	 * nodes and relationships as maps, or their element ids.
	 */
	private List<Record> parts(Rows rows, List<String> frontier, int cap) {
		List<Record> records = new ArrayList<>();
		for (String from : frontier) {
			for (List<Entity> part : paths(this.byElementId.get(from), false)) {
				if (!isUnit((Node) part.get(part.size() - 1)) || records.size() == cap) {
					continue;
				}
				List<Value> nodes = new ArrayList<>();
				List<Value> relationships = new ArrayList<>();
				for (Entity entity : part) {
					if (entity instanceof Node n) {
						nodes.add((rows == Rows.COUNT) ? Values.value(n.elementId())
								: Values.value(Map.of("e", Values.value(n.elementId()), "id", n.get("id"), "name",
										n.get("name"), "labels", Values.value(n.labels()))));
					}
					else if (entity instanceof Relationship r) {
						relationships.add((rows == Rows.COUNT) ? Values.value(r.elementId())
								: Values.value(Map.of("e", Values.value(r.elementId()), "type", Values.value(r.type()),
										"source", r.get("source"), "locator", r.get("locator"))));
					}
				}
				records.add((rows == Rows.FULL) ? record(List.of("from", "part"), Values.value(from), path(part))
						: record(List.of("from", "nodes", "relationships"), Values.value(from), Values.value(nodes),
								Values.value(relationships)));
			}
		}
		return records;
	}

	/** {@code UNWIND $units AS e … (u)-[:PART_OF*1..4]->(c) WHERE c is part of nothing RETURN e, head(collect(c.id))}. */
	private List<Record> within(List<String> units) {
		List<Record> records = new ArrayList<>();
		for (String e : units) {
			paths(this.byElementId.get(e), true).stream()
				.map((up) -> (Node) up.get(up.size() - 1))
				.filter((c) -> paths(c, true).isEmpty())
				.findFirst()
				.ifPresent((c) -> records.add(record(List.of("e", "within"), Values.value(e), c.get("id"))));
		}
		return records;
	}

	/** {@link LineageQueries#LOAD}: one row, the nodes and relationships with these element ids. */
	private List<Record> load(List<String> nodes, List<String> relationships) {
		List<Value> found = nodes.stream().map(this.byElementId::get).map((n) -> (Value) new NodeValue(n)).toList();
		List<Value> related = this.relationships.stream()
			.filter((r) -> relationships.contains(r.elementId()))
			.map((r) -> (Value) new RelationshipValue(r))
			.toList();
		return List.of(record(List.of("nodes", "relationships"), Values.value(found), Values.value(related)));
	}

	/** {@code COUNT { (v)-[:T]->() }} upstream, {@code COUNT { (v)<-[:T]-() }} downstream. */
	private long onward(Node v, boolean upstream) {
		Set<String> followed = this.types.followed();
		return this.relationships.stream()
			.filter((r) -> followed.contains(r.type()) && near(r, upstream).equals(v.elementId()))
			.count();
	}

	private static String near(Relationship r, boolean upstream) {
		return upstream ? r.startNodeElementId() : r.endNodeElementId();
	}

	private static String far(Relationship r, boolean upstream) {
		return upstream ? r.endNodeElementId() : r.startNodeElementId();
	}

	private boolean isUnit(Node node) {
		return this.types.units().stream().anyMatch(node::hasLabel);
	}

	/**
	 * Every containment path of 1 to 4 relationships leaving (outgoing) or entering the start,
	 * none twice (Cypher's relationship uniqueness): nodes and relationships alternating.
	 */
	private List<List<Entity>> paths(Node start, boolean outgoing) {
		List<List<Entity>> paths = new ArrayList<>();
		extend(List.of(start), outgoing, paths);
		return paths;
	}

	private void extend(List<Entity> path, boolean outgoing, List<List<Entity>> paths) {
		if (path.size() > 2 * LineageQueries.CONTAINMENT_LEVELS) {
			return;
		}
		Node last = (Node) path.get(path.size() - 1);
		for (Relationship r : this.relationships) {
			String near = outgoing ? r.startNodeElementId() : r.endNodeElementId();
			if (this.types.containment().contains(r.type()) && near.equals(last.elementId()) && !path.contains(r)) {
				List<Entity> longer = new ArrayList<>(path);
				longer.add(r);
				longer.add(this.byElementId.get(outgoing ? r.endNodeElementId() : r.startNodeElementId()));
				paths.add(longer);
				extend(longer, outgoing, paths);
			}
		}
	}

	private static Value path(List<Entity> entities) {
		return new PathValue(new InternalPath(entities));
	}

	private static Record record(List<String> keys, Value... values) {
		return new InternalRecord(keys, List.of(values));
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Map<String, Object> parameters, String name) {
		return (List<String>) parameters.get(name);
	}

}
