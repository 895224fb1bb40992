package io.normgraph.node;

import java.util.List;

import io.normgraph.graph.GraphNode;

/**
 * One page of a list of nodes: {@code page} counts from 0, {@code total} is the number of
 * matching nodes over all pages.
 */
public record NodePage(List<GraphNode> items, int page, int size, long total) {
}
