package io.normgraph.node;

import java.util.function.Function;

import graphql.TrivialDataFetcher;
import graphql.schema.idl.RuntimeWiring;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

import io.normgraph.graph.GraphNode;
import io.normgraph.schema.Schema;

/**
 * The {@code Node} fields read from its property map ({@code properties}, a lineage's
 * {@code depth}, {@code path} and {@code within}, an as-of answer's {@code undated}) as trivial data fetchers. As annotated controller methods
 * each was a handler invocation and an observation per node, about a tenth of a GraphQL
 * lineage request's CPU when profiled.
 */
@Component
class NodeFields implements RuntimeWiringConfigurer {

	@Override
	public void configure(RuntimeWiring.Builder builder) {
		builder.type("Node", (type) -> type.dataFetcher("properties", read(GraphNode::properties))
			.dataFetcher("depth", read((node) -> node.properties().get("depth")))
			.dataFetcher("path", read((node) -> node.properties().get("path")))
			.dataFetcher("within", read((node) -> node.properties().get("within")))
			.dataFetcher(Schema.UNDATED, read((node) -> node.properties().get(Schema.UNDATED))));
	}

	private static TrivialDataFetcher<Object> read(Function<GraphNode, Object> field) {
		return (environment) -> field.apply(environment.getSource());
	}

}
