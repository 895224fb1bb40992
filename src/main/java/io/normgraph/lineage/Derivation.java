package io.normgraph.lineage;

import java.util.List;

import io.normgraph.graph.GraphNode;

/**
 * Every provision that derives from {@code root}, directly or through the provision or
 * instrument it is part of, each with its shortest {@code chain} of ids from the provision to
 * the root.
 */
public record Derivation(GraphNode root, List<Row> rows) {

	public record Row(GraphNode provision, List<String> chain) {
	}

}
