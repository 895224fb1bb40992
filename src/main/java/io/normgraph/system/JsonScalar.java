package io.normgraph.system;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.GraphQLScalarType;
import graphql.schema.idl.RuntimeWiring;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * The {@code JSON} output scalar that carries a node's or relationship's properties as they
 * are, so the GraphQL schema needs no type per label.
 */
@Component
class JsonScalar implements RuntimeWiringConfigurer {

	static final GraphQLScalarType JSON = GraphQLScalarType.newScalar()
		.name("JSON")
		.description("Any JSON value: an object of properties")
		.coercing(new Coercing<Object, Object>() {

			@Override
			public Object serialize(Object value, GraphQLContext context, Locale locale) {
				return value;
			}

			@Override
			public @Nullable Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) {
				throw new CoercingParseLiteralException("JSON is an output type only");
			}

		})
		.build();

	@Override
	public void configure(RuntimeWiring.Builder builder) {
		builder.scalar(JSON);
	}

}
