package io.normgraph.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's front page: what normgraph is and for whom, the conventions every
 * operation shares, and the version and licence of the build ({@code META-INF/build-info.properties},
 * written by the Spring Boot Maven plugin from the pom).
 */
@Configuration(proxyBeanMethods = false)
class ApiInfo {

	static final String TITLE = "normgraph";

	static final String DESCRIPTION = """
			A graph of international legal provisions, the forums that negotiate them, the decisions \
			taken there and the actors who push or resist them, joined by derivation, cross-reference and \
			stance edges, every one of them traceable to the passage it came from.

			It is for researchers tracing norm lineage and forum shopping (which standard derives from which \
			treaty article, declaration or framework, how far it departs from it, who fought over it, \
			where) and for developers building visualisations on it. Reading is open to everyone; \
			importing a corpus needs the importer's credentials (HTTP Basic).

			**Conventions shared by every operation**
			- Every node has a stable, lower-case kebab-case `id` that never changes, and carries its \
			provenance: `source` (the id of a Source node) and `locator` (where in that source).
			- Graph answers have one shape, `{"nodes": [...], "relationships": [...]}`, so a \
			visualisation needs one adapter.
			- Errors are `application/problem+json` (RFC 9457): a 400 names the `parameter` at fault, a 404 \
			the parameter whose id is not in the graph. Each client address may send a limited number of \
			requests a minute; beyond it, 429 with `Retry-After`.

			The example values are ids of the bundled corpus, the WCO SECURE negotiation (2007-2008). The \
			same questions over GraphQL: [GraphiQL](/graphiql); as Cypher for Neo4j Browser: \
			[the guide](/guide).
			""";

	static final String DEVELOPMENT_VERSION = "development";

	@Bean
	OpenAPI normgraphOpenApi(ObjectProvider<BuildProperties> build) {
		BuildProperties properties = build.getIfAvailable();
		Info info = new Info().title(TITLE)
			.description(DESCRIPTION)
			.version((properties != null) ? properties.getVersion() : DEVELOPMENT_VERSION)
			.license(licence(properties));
		return new OpenAPI().info(info).components(new Components());
	}

	private static @Nullable License licence(@Nullable BuildProperties properties) {
		String name = (properties != null) ? properties.get("licence.name") : null;
		return (name != null) ? new License().name(name).url(properties.get("licence.url")) : null;
	}

}
