package io.normgraph.lineage;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import io.normgraph.graph.GraphNode;
import io.normgraph.graph.Omitted;

/**
 * Every provision that derives from {@code root}, directly or through the provision or
 * instrument it is part of, each with its shortest {@code chain} of ids from the provision to
 * the root; {@code truncated} when the walk was cut at its node limit, and then {@code omitted}
 * saying how many nodes and relationships of the walk it left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Derivation(GraphNode root, List<Row> rows, boolean truncated, @Nullable Omitted omitted) {

	public Derivation(GraphNode root, List<Row> rows) {
		this(root, rows, false, null);
	}

	public record Row(GraphNode provision, List<String> chain) {
	}

}
