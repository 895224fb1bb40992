package io.normgraph.lineage;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.Node;

import io.normgraph.graph.GraphNode;

/**
 * A node a {@link LineageWalk} met: what the walk needs of it (element id, id, name, labels)
 * and, when read whole, the node as the API shows it with every property. A node read from a
 * light row has none until the walk's budget loads the ones it keeps.
 */
record WalkNode(String elementId, String id, String name, List<String> labels, @Nullable GraphNode node) {

	/**
	 * The driver's node read once, straight into the answer's form: every later use (the walk's
	 * id and name, the answer's properties) reads that copy, not the driver's values again. Each
	 * pass over hundreds of freshly decoded driver nodes (their property tables, keys and values)
	 * was a large share of a lineage's time.
	 */
	static WalkNode of(Node node) {
		return of(node.elementId(), GraphNode.of(node));
	}

	/** The node of this element id, read whole into the answer's form (through the driver or in-process). */
	static WalkNode of(String elementId, GraphNode read) {
		return new WalkNode(elementId, read.id(), read.name(), read.labels(), read);
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
		if (this.node == null) {
			return new GraphNode(this.id, this.labels, this.name, more);
		}
		return more.isEmpty() ? this.node : this.node.with(more);
	}

	/** Id, labels and name only. */
	GraphNode minimal() {
		return new GraphNode(this.id, this.labels, this.name, Map.of());
	}

}
