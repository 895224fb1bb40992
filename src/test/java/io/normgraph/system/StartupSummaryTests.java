package io.normgraph.system;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;

import io.normgraph.database.EmbeddedNeo4jAddresses;

import static org.assertj.core.api.Assertions.assertThat;

/** The start-up lines name the database in use: the embedded one with Browser, or the external server. */
class StartupSummaryTests {

	@Test
	void externalModeNamesTheServerWithoutItsCredentials() {
		List<String> lines = summary(new DefaultListableBeanFactory(), URI.create("neo4j://reader:secret@db.example.org:7687"))
			.lines(8080);
		assertThat(lines).containsExactly("Neo4j:         external server at neo4j://db.example.org:7687",
				"HTTP API:      http://localhost:8080/api/v1 (OpenAPI http://localhost:8080/swagger-ui.html, GraphQL http://localhost:8080/graphiql)");
	}

	@Test
	void embeddedModeGivesBoltTheBrowserAddressAndItsGuide() {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("addresses", new EmbeddedNeo4jAddresses(URI.create("bolt://127.0.0.1:7687"),
				URI.create("http://localhost:7474/browser/?preselectAuthMethod=NO_AUTH&dbms=bolt://127.0.0.1:7687"),
				Path.of("/data"), false));
		assertThat(summary(beans, URI.create("bolt://127.0.0.1:7687")).lines(8080)).startsWith(
				"Bolt:          bolt://127.0.0.1:7687 (embedded Neo4j, data in /data)",
				"Neo4j Browser: http://localhost:7474/browser/?preselectAuthMethod=NO_AUTH&dbms=bolt://127.0.0.1:7687"
						+ " (guide: :play http://localhost:8080/guide/browser)");
	}

	private static StartupSummary summary(DefaultListableBeanFactory beans, URI uri) {
		Neo4jConnectionDetails connection = new Neo4jConnectionDetails() {

			@Override
			public URI getUri() {
				return uri;
			}

		};
		return new StartupSummary(beans.getBeanProvider(EmbeddedNeo4jAddresses.class), connection);
	}

}
