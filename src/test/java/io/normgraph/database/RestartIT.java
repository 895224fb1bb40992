package io.normgraph.database;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

import io.normgraph.NormgraphApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store is persistent: what was written before a clean shutdown (closing the
 * context is what the SIGTERM shutdown hook does) is there after the next start on the same
 * directory, and the bundled corpus is loaded only into an empty database, never twice.
 */
class RestartIT {

	@TempDir
	Path dataDirectory;

	@Test
	void dataSurvivesARestartAndTheCorpusIsLoadedOnce() {
		long entitiesAfterFirstStart;
		try (ConfigurableApplicationContext first = start()) {
			entitiesAfterFirstStart = countEntities(first);
			assertThat(entitiesAfterFirstStart).as("bundled corpus loaded into the empty store").isPositive();
			first.getBean(Driver.class)
				.executableQuery("CREATE (:RestartProbe {id: $id, written: datetime()})")
				.withParameters(Map.of("id", "written-before-restart"))
				.execute();
		}

		try (ConfigurableApplicationContext second = start()) {
			assertThat(second.getBean(EmbeddedNeo4jAddresses.class).dataDirectory())
				.isEqualTo(this.dataDirectory.toAbsolutePath());
			assertThat(second.getBean(Neo4jClient.class)
				.query("MATCH (p:RestartProbe) RETURN p.id")
				.fetchAs(String.class)
				.all()).containsExactly("written-before-restart");
			assertThat(countEntities(second)).as("corpus not loaded a second time").isEqualTo(entitiesAfterFirstStart);
			assertThat(second.getBean(Neo4jClient.class)
				.query("MATCH ()-[r]->() RETURN count(r)")
				.fetchAs(Long.class)
				.one()).hasValueSatisfying((relationships) -> assertThat(relationships).isPositive());
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(NormgraphApplication.class).web(WebApplicationType.NONE)
			.run("--normgraph.embedded.data-directory=" + this.dataDirectory,
					"--normgraph.embedded.browser-enabled=false", "--normgraph.embedded.bolt-port=0");
	}

	private static long countEntities(ConfigurableApplicationContext context) {
		return context.getBean(Neo4jClient.class)
			.query("MATCH (n:Entity) RETURN count(n)")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
	}

}
