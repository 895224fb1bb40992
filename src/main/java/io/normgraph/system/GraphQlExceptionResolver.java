package io.normgraph.system;

import java.util.Map;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The GraphQL side of {@link ApiExceptionHandler}: bad input as {@code BAD_REQUEST} and
 * unknown ids as {@code NOT_FOUND}, each naming the parameter in the error's extensions; a
 * query that ran out of memory as {@code INTERNAL_ERROR} with the one line of {@link MemoryFaults}.
 */
@Component
class GraphQlExceptionResolver extends DataFetcherExceptionResolverAdapter {

	private static final Log logger = LogFactory.getLog(GraphQlExceptionResolver.class);

	private final boolean externalDatabase;

	GraphQlExceptionResolver(Environment environment) {
		this.externalDatabase = MemoryFaultConfiguration.isExternal(environment);
	}

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		String memoryFault = MemoryFaults.describe(ex, "GraphQL " + env.getExecutionStepInfo().getPath(),
				this.externalDatabase);
		if (memoryFault != null) {
			logger.error(memoryFault);
			return GraphQLError.newError()
				.errorType(ErrorType.INTERNAL_ERROR)
				.message(memoryFault)
				.path(env.getExecutionStepInfo().getPath())
				.location(env.getField().getSourceLocation())
				.build();
		}
		if (ex instanceof BadParameterException bad) {
			return error(ErrorType.BAD_REQUEST, bad.getMessage(), bad.getParameter(), env);
		}
		if (ex instanceof NotFoundException notFound) {
			return error(ErrorType.NOT_FOUND, notFound.getMessage(), notFound.getParameter(), env);
		}
		return null;
	}

	private static GraphQLError error(ErrorType type, @Nullable String message, String parameter,
			DataFetchingEnvironment env) {
		return GraphQLError.newError()
			.errorType(type)
			.message((message != null) ? message : type.name())
			.path(env.getExecutionStepInfo().getPath())
			.location(env.getField().getSourceLocation())
			.extensions(Map.of("parameter", parameter))
			.build();
	}

}
