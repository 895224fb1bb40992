package io.normgraph.graph;

import java.util.List;

/**
 * A subgraph: the one shape of every graph answer, {@code {nodes, relationships}}.
 */
public record GraphResult(List<GraphNode> nodes, List<GraphRelationship> relationships) {

	public static GraphResult empty() {
		return new GraphResult(List.of(), List.of());
	}

}
