package io.normgraph.search;

import io.normgraph.graph.GraphNode;

/** A node found by full-text search and its Lucene score. */
public record SearchHit(GraphNode node, double score) {
}
