package io.normgraph.graph;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A subgraph: the one shape of every graph answer, {@code {nodes, relationships}}, with
 * {@code truncated} true when the answer was cut at its node limit, and then {@code omitted}
 * saying how many nodes and relationships it left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GraphResult(List<GraphNode> nodes, List<GraphRelationship> relationships, boolean truncated,
		@Nullable Omitted omitted) {

	public GraphResult(List<GraphNode> nodes, List<GraphRelationship> relationships) {
		this(nodes, relationships, Omitted.NONE);
	}

	public GraphResult(List<GraphNode> nodes, List<GraphRelationship> relationships, Omitted omitted) {
		this(nodes, relationships, omitted.any(), omitted.any() ? omitted : null);
	}

	public static GraphResult empty() {
		return new GraphResult(List.of(), List.of());
	}

}
