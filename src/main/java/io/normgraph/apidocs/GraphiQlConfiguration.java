package io.normgraph.apidocs;

import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.server.webmvc.GraphiQlHandler;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphiQL at {@code spring.graphql.graphiql.path} (default {@code /graphiql}) from our own
 * page, which loads GraphiQL, React and ReactDOM from WebJars in the jar: Spring for
 * GraphQL's page fetches them from a CDN and stays blank offline, so Boot's is switched off
 * ({@code spring.graphql.graphiql.enabled=false}). Spring's handler still adds the endpoint's
 * path to the URL, which the page reads.
 */
@Configuration(proxyBeanMethods = false)
class GraphiQlConfiguration {

	static final String PAGE = "graphiql/normgraph.html";

	@Bean
	RouterFunction<ServerResponse> graphiQlRouterFunction(GraphQlProperties properties) {
		GraphiQlHandler handler = new GraphiQlHandler(properties.getHttp().getPath(),
				properties.getWebsocket().getPath(), new ClassPathResource(PAGE));
		return RouterFunctions.route().GET(properties.getGraphiql().getPath(), handler::handleRequest).build();
	}

}
