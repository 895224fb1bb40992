package io.normgraph.security;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * GraphQL lets a client write one request that costs the server a great deal: a deep or wide
 * query is refused before it runs. Introspection has its own switch,
 * {@code spring.graphql.schema.introspection.enabled}, and its own bounds (graphql-java's
 * good-faith introspection check); the depth limit leaves it alone, since GraphiQL's schema
 * query nests type references deeper than any question about the graph needs.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlLimitsConfiguration {

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepth(SecurityProperties properties) {
		return new DepthOutsideIntrospection(properties.graphqlMaxDepth());
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexity(SecurityProperties properties) {
		return new MaxQueryComplexityInstrumentation(properties.graphqlMaxComplexity());
	}

	/** The depth limit for every operation that asks for more than the schema itself. */
	static final class DepthOutsideIntrospection extends MaxQueryDepthInstrumentation {

		DepthOutsideIntrospection(int maxDepth) {
			super(maxDepth);
		}

		@Override
		public InstrumentationContext<ExecutionResult> beginExecuteOperation(
				InstrumentationExecuteOperationParameters parameters, @Nullable InstrumentationState state) {
			if (introspectionOnly(parameters.getExecutionContext().getOperationDefinition())) {
				return SimpleInstrumentationContext.noOp();
			}
			return super.beginExecuteOperation(parameters, state);
		}

		static boolean introspectionOnly(OperationDefinition operation) {
			return operation.getOperation() == OperationDefinition.Operation.QUERY
					&& operation.getSelectionSet()
						.getSelections()
						.stream()
						.allMatch((selection) -> selection instanceof Field field && field.getName().startsWith("__"));
		}

	}

}
