package io.normgraph.node;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import io.normgraph.graph.GraphNode;
import io.normgraph.graph.GraphResult;

@Controller
class NodeGraphQlController {

	private final NodeService nodes;

	NodeGraphQlController(NodeService nodes) {
		this.nodes = nodes;
	}

	@QueryMapping
	GraphNode node(@Argument String id, @Argument @Nullable String asOf) {
		return this.nodes.find(id, asOf);
	}

	@QueryMapping
	NodePage nodes(@Argument String label, @Argument @Nullable Integer page, @Argument @Nullable Integer size,
			@Argument @Nullable String name, @Argument @Nullable String corpus) {
		return this.nodes.list(label, page, size, name, corpus);
	}

	@QueryMapping
	GraphResult neighbourhood(@Argument String id, @Argument @Nullable Integer limit, @Argument @Nullable String fields,
			@Argument @Nullable String asOf) {
		return this.nodes.neighbourhood(id, limit, fields, asOf);
	}

	/** The Source node of every node in the response, in one round trip whatever their number. */
	@BatchMapping(typeName = "Node")
	Map<GraphNode, @Nullable GraphNode> source(List<GraphNode> nodes) {
		return this.nodes.sources(nodes);
	}

}
