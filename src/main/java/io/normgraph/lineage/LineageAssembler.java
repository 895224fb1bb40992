package io.normgraph.lineage;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.TypeSystem;

import io.normgraph.graph.GraphNode;
import io.normgraph.graph.GraphRelationship;
import io.normgraph.graph.GraphResult;

/**
 * Turns the rows of lineage statements ({@link LineageQueries}) into one {@link GraphResult}:
 * every node once, with the {@code depth} (lineage hops, PART_OF inheritance not counted) and
 * the {@code path} (ids from the root) of its shortest way in (fewest hops, then fewest ids,
 * then the first path in id order), and every relationship once.
 */
final class LineageAssembler {

	private static final Comparator<Reached> BEST = Comparator.comparingInt(Reached::depth)
		.thenComparingInt((reached) -> reached.path().size())
		.thenComparing(Reached::path, LineageAssembler::compare);

	private final Map<String, Reached> reached = new LinkedHashMap<>();

	private final Map<String, GraphRelationship> relationships = new LinkedHashMap<>();

	void add(Record record) {
		Node root = record.get("root").asNode();
		reach(root, 0, List.of(str(root)));
		for (Value entry : record.get("nodes").values()) {
			reach(entry.get("n").asNode(), entry.get("depth").asInt(), entry.get("ids").asList(Value::asString));
		}
		links(record.get("links"));
	}

	/** Links come in nested lists (per level, per node); each is {r, start, end}. */
	private void links(Value links) {
		if (links.hasType(TypeSystem.getDefault().LIST())) {
			links.values().forEach(this::links);
			return;
		}
		GraphRelationship relationship = GraphRelationship.of(links.get("r").asRelationship(),
				links.get("start").asString(), links.get("end").asString());
		this.relationships.putIfAbsent(relationship.id(), relationship);
	}

	private void reach(Node node, int depth, List<String> path) {
		Reached candidate = new Reached(node, depth, List.copyOf(path));
		this.reached.merge(str(node), candidate, (old, now) -> (BEST.compare(now, old) < 0) ? now : old);
	}

	GraphResult result() {
		List<GraphNode> nodes = this.reached.values()
			.stream()
			.sorted(BEST)
			.map((r) -> GraphNode.of(r.node).with("depth", r.depth).with("path", r.path))
			.toList();
		return new GraphResult(nodes, List.copyOf(this.relationships.values()));
	}

	private static String str(Node node) {
		return node.get("id").asString();
	}

	/** Lists of ids in lexicographic order. */
	static int compare(List<String> a, List<String> b) {
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			int order = a.get(i).compareTo(b.get(i));
			if (order != 0) {
				return order;
			}
		}
		return Integer.compare(a.size(), b.size());
	}

	private record Reached(Node node, int depth, List<String> path) {

	}

}
