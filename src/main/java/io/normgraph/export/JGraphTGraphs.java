package io.normgraph.export;

import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;

import io.normgraph.graph.GraphNode;
import io.normgraph.graph.GraphRelationship;
import io.normgraph.graph.GraphResult;

/**
 * A {@link GraphResult} as a JGraphT graph: vertices are node ids, edges the relationships
 * (directed, parallel edges and loops allowed).
 */
final class JGraphTGraphs {

	private JGraphTGraphs() {
	}

	static Graph<String, GraphRelationship> of(GraphResult result) {
		Graph<String, GraphRelationship> graph = new DirectedPseudograph<>(null, null, false);
		result.nodes().stream().map(GraphNode::id).forEach(graph::addVertex);
		for (GraphRelationship relationship : result.relationships()) {
			graph.addVertex(relationship.start());
			graph.addVertex(relationship.end());
			graph.addEdge(relationship.start(), relationship.end(), relationship);
		}
		return graph;
	}

}
