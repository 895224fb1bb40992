package io.normgraph.lineage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

/**
 * A small graph in memory that answers the walk's statements ({@link LineageQueries}: the root,
 * a level, the parts) as Neo4j would, so the walk, its ranking and the assembly run as fast
 * unit tests. The statements themselves run against the real database in the ITs
 * (LineageFanOutIT is the same fixture end to end). Also counts the statements run.
 */
final class InMemoryLineageGraph implements LineageWalk.Statements {

	private final Map<String, Node> nodes = new LinkedHashMap<>();

	private final List<Relationship> relationships = new ArrayList<>();

	private final AtomicInteger ids = new AtomicInteger();

	private int statements;

	/** The types of the walk being answered: its statements are recognised by them. */
	private LineageTypes types = LineageTypes.parse(null, io.normgraph.schema.BuiltInSchema.get());

	/** Answers the statements of a walk over these types from now on. */
	InMemoryLineageGraph using(LineageTypes types) {
		this.types = types;
		return this;
	}

	InMemoryLineageGraph node(String id, String label) {
		int key = this.ids.incrementAndGet();
		this.nodes.put(id, new InternalNode(key, "n" + key, List.of("Entity", label),
				Map.of("id", Values.value(id), "name", Values.value(id), "source", Values.value("li-2008"))));
		return this;
	}

	InMemoryLineageGraph link(String from, String type, String to, String locator) {
		Node start = this.nodes.get(from);
		Node end = this.nodes.get(to);
		int key = this.ids.incrementAndGet();
		this.relationships.add(new InternalRelationship(key, "r" + key, start.id(), start.elementId(), end.id(),
				end.elementId(), type, Map.of("source", Values.value("li-2008"), "locator", Values.value(locator))));
		return this;
	}

	int statements() {
		return this.statements;
	}

	@Override
	public List<Record> run(String cypher, Map<String, Object> parameters) {
		this.statements++;
		boolean climbs = this.types.inherits();
		if (cypher.equals(LineageQueries.root(this.types, false)) || cypher.equals(LineageQueries.root(this.types, true))) {
			return root((String) parameters.get("id"), climbs && cypher.equals(LineageQueries.root(this.types, true)));
		}
		if (climbs && cypher.equals(LineageQueries.parts(this.types))) {
			return parts(frontier(parameters));
		}
		for (boolean upstream : new boolean[] { true, false }) {
			if (cypher.equals(LineageQueries.level(this.types, upstream))) {
				return level(upstream, frontier(parameters));
			}
		}
		throw new IllegalArgumentException("not a statement of a walk over " + this.types + ": " + cypher);
	}

	/** MATCH (root {id}) [OPTIONAL MATCH up = (root)-[:PART_OF*1..4]->() WHERE root:Provision] RETURN root[, up] */
	private List<Record> root(String id, boolean climb) {
		Node root = this.nodes.get(id);
		if (root == null) {
			return List.of();
		}
		if (!climb) {
			return List.of(record(List.of("root"), new NodeValue(root)));
		}
		List<List<Entity>> ups = isUnit(root) ? paths(root, true) : List.of();
		if (ups.isEmpty()) {
			return List.of(record(List.of("root", "up"), new NodeValue(root), Values.NULL));
		}
		return ups.stream().map((up) -> record(List.of("root", "up"), new NodeValue(root), path(up))).toList();
	}

	/** UNWIND $frontier AS from MATCH (u) WHERE elementId(u) = from MATCH (u)-[r:T]->(v) RETURN from, r, v, onward[, parts] */
	private List<Record> level(boolean upstream, List<String> frontier) {
		Set<String> followed = this.types.followed();
		boolean parts = !upstream && this.types.inherits();
		List<Record> records = new ArrayList<>();
		for (String from : frontier) {
			for (Relationship r : this.relationships) {
				String near = upstream ? r.startNodeElementId() : r.endNodeElementId();
				if (!near.equals(from) || !followed.contains(r.type())) {
					continue;
				}
				Node v = byElementId(upstream ? r.endNodeElementId() : r.startNodeElementId());
				long onward = this.relationships.stream()
					.filter((next) -> followed.contains(next.type()))
					.filter((next) -> (upstream ? next.startNodeElementId() : next.endNodeElementId()).equals(v.elementId()))
					.count();
				List<String> keys = new ArrayList<>(List.of("from", "r", "v", "onward"));
				List<Value> values = new ArrayList<>(List.of(Values.value(from), new RelationshipValue(r), new NodeValue(v),
						Values.value(onward)));
				if (parts) {
					keys.add("parts");
					values.add(Values.value(this.relationships.stream()
						.filter((p) -> this.types.containment().contains(p.type()) && p.endNodeElementId().equals(v.elementId()))
						.count()));
				}
				records.add(new InternalRecord(keys, values));
			}
		}
		return records;
	}

	/** UNWIND $frontier AS from MATCH (m) WHERE elementId(m) = from MATCH part = (m)<-[:PART_OF*1..4]-(:Provision) RETURN from, part */
	private List<Record> parts(List<String> frontier) {
		List<Record> records = new ArrayList<>();
		for (String from : frontier) {
			for (List<Entity> part : paths(byElementId(from), false)) {
				if (isUnit((Node) part.get(part.size() - 1))) {
					records.add(record(List.of("from", "part"), Values.value(from), path(part)));
				}
			}
		}
		return records;
	}

	private boolean isUnit(Node node) {
		return this.types.units().stream().anyMatch(node::hasLabel);
	}

	/** Every containment path of 1 to 4 relationships, leaving (outgoing) or entering the start: nodes and relationships alternating. */
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
				longer.add(byElementId(outgoing ? r.endNodeElementId() : r.startNodeElementId()));
				paths.add(longer);
				extend(longer, outgoing, paths);
			}
		}
	}

	private Node byElementId(String elementId) {
		return this.nodes.values().stream().filter((n) -> n.elementId().equals(elementId)).findFirst().orElseThrow();
	}

	private static Value path(List<Entity> entities) {
		return new PathValue(new InternalPath(entities));
	}

	private static Record record(List<String> keys, Value... values) {
		return new InternalRecord(keys, List.of(values));
	}

	@SuppressWarnings("unchecked")
	private static List<String> frontier(Map<String, Object> parameters) {
		return (List<String>) parameters.get("frontier");
	}


}
