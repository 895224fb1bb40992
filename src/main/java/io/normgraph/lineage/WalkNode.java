package io.normgraph.lineage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.Node;

import io.normgraph.graph.GraphNode;

/**
 * A node a {@link LineageWalk} met: what the walk needs of it (element id, id, name, labels)
 * and, when read whole, the driver's node with every property. A node read from a light row
 * has none until the walk's budget loads the ones it keeps.
 */
record WalkNode(String elementId, String id, String name, List<String> labels, @Nullable Node node) {

	static WalkNode of(Node node) {
		String id = node.get("id").asString();
		List<String> labels = new ArrayList<>();
		node.labels().forEach(labels::add);
		return new WalkNode(node.elementId(), id, node.get("name").asString(id), labels, node);
	}

	boolean loaded() {
		return this.node != null;
	}

	boolean hasLabel(String label) {
		return this.labels.contains(label);
	}

	/** As the API shows it: every property when loaded, else id, labels and name. */
	GraphNode graphNode() {
		return graphNode(Map.of());
	}

	/** As the API shows it, with {@code more} properties (a lineage's depth and path) put in the same one copy. */
	GraphNode graphNode(Map<String, Object> more) {
		return (this.node != null) ? GraphNode.of(this.node, more)
				: new GraphNode(this.id, this.labels, this.name, more);
	}

	/** Id, labels and name only. */
	GraphNode minimal() {
		return new GraphNode(this.id, this.labels, this.name, Map.of());
	}

}
