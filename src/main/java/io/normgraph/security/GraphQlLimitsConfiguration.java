package io.normgraph.security;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * GraphQL lets a client write one request that costs the server a great deal: a deep or wide
 * query is refused before it runs. Introspection has its own switch,
 * {@code spring.graphql.schema.introspection.enabled}.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlLimitsConfiguration {

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepth(SecurityProperties properties) {
		return new MaxQueryDepthInstrumentation(properties.graphqlMaxDepth());
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexity(SecurityProperties properties) {
		return new MaxQueryComplexityInstrumentation(properties.graphqlMaxComplexity());
	}

}
