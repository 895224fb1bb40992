package io.normgraph.lineage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;

import io.normgraph.graph.GraphNode;
import io.normgraph.graph.GraphRelationship;
import io.normgraph.graph.GraphResult;

/**
 * Turns the path rows of a lineage statement into one {@link GraphResult}: every node once,
 * with the {@code depth} (lineage hops, PART_OF inheritance not counted) and the
 * {@code path} (ids from the root) of its shortest way in, and every relationship once.
 */
final class LineageAssembler {

	private final Map<String, Reached> reached = new LinkedHashMap<>();

	private final Map<String, GraphRelationship> relationships = new LinkedHashMap<>();

	void add(Record record, boolean upstream) {
		Node root = record.get("root").asNode();
		reach(root, 0, List.of(str(root)));
		Value first = record.get("first");
		Value second = record.get("second");
		if (first.isNull() || second.isNull()) {
			return;
		}
		Path a = first.asPath();
		Path b = second.asPath();
		List<String> ids = new ArrayList<>();
		a.nodes().forEach((node) -> ids.add(str(node)));
		boolean skip = true;
		for (Node node : b.nodes()) {
			if (!skip) {
				ids.add(str(node));
			}
			skip = false;
		}
		int depth = upstream ? b.length() : a.length();
		reach(b.end(), depth, ids);
		relationships(a);
		relationships(b);
	}

	private void reach(Node node, int depth, List<String> path) {
		Reached candidate = new Reached(node, depth, List.copyOf(path));
		this.reached.merge(str(node), candidate, (old, now) -> now.better(old) ? now : old);
	}

	private void relationships(Path path) {
		for (Path.Segment segment : path) {
			GraphRelationship relationship = GraphRelationship.of(segment.relationship(),
					str(startOf(segment)), str(endOf(segment)));
			this.relationships.putIfAbsent(relationship.id(), relationship);
		}
	}

	private static Node startOf(Path.Segment segment) {
		return (segment.relationship().startNodeElementId().equals(segment.start().elementId())) ? segment.start()
				: segment.end();
	}

	private static Node endOf(Path.Segment segment) {
		return (segment.relationship().startNodeElementId().equals(segment.start().elementId())) ? segment.end()
				: segment.start();
	}

	GraphResult result() {
		List<GraphNode> nodes = this.reached.values()
			.stream()
			.sorted((x, y) -> (x.depth != y.depth) ? Integer.compare(x.depth, y.depth)
					: Integer.compare(x.path.size(), y.path.size()))
			.map((r) -> GraphNode.of(r.node).with("depth", r.depth).with("path", r.path))
			.toList();
		return new GraphResult(nodes, List.copyOf(this.relationships.values()));
	}

	private static String str(Node node) {
		return node.get("id").asString();
	}

	private record Reached(Node node, int depth, List<String> path) {

		boolean better(Reached other) {
			return (this.depth != other.depth) ? this.depth < other.depth : this.path.size() < other.path.size();
		}

	}

}
