package io.normgraph.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.GraphQlSource;

import io.normgraph.NormgraphApplication;
import io.normgraph.corpus.CorpusImporter;

/**
 * A batch command's context has the database and the importer, and none of the HTTP API's or
 * operations' machinery (health, metrics, GraphQL), whose configuration was most of the
 * import command's start.
 */
class BatchContextIT {

	@TempDir
	Path data;

	@Test
	void startsTheDatabaseAndTheImporterOnly() {
		try (ConfigurableApplicationContext context = BatchContext.start(NormgraphApplication.class, "import",
				List.of("--normgraph.embedded.data-directory=" + this.data, "--logging.level.root=warn"))) {
			assertThat(context.getBean(CorpusImporter.class)).isNotNull();
			assertThat(context.getBean(Neo4jClient.class).query("RETURN 1").fetchAs(Long.class).one()).contains(1L);
			for (Class<?> unneeded : List.of(HealthContributorRegistry.class, MeterRegistry.class, GraphQlSource.class)) {
				assertThat(context.getBeanNamesForType(unneeded, true, false)).as(unneeded.getSimpleName()).isEmpty();
			}
		}
	}

}
