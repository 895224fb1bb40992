package io.normgraph.database;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

import io.normgraph.NormgraphApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store is persistent: what was written before a clean shutdown (closing the
 * context is what the SIGTERM shutdown hook does) is there after the next start on the same
 * directory, and the bundled corpus is loaded only into an empty database, never twice; the
 * migrations are checked again only when the store's stamp is not this store's with these migrations.
 */
@ExtendWith(OutputCaptureExtension.class)
@Isolated // it reads the start's log lines: a context started in parallel would reconfigure the logging under it
class RestartIT {

	/** The tests' logging is at WARN: the lines of the migrations at INFO. */
	private static final String[] LOG_MIGRATIONS = { "--logging.level.io.normgraph.database=info",
			"--logging.level.ac.simons.neo4j.migrations=info" };

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

	@Test
	void aStoreStampedWithTheseMigrationsIsNotCheckedAgainAnyOtherIs(CapturedOutput output) throws Exception {
		try (ConfigurableApplicationContext first = start()) {
			assertThat(MigrationStamp.read(this.dataDirectory)).as("stamped after the migrations ran").isNotNull();
		}
		int before = output.length();
		try (ConfigurableApplicationContext second = start(LOG_MIGRATIONS)) {
			assertThat(output.toString().substring(before)).contains("not checked again")
				.doesNotContain("Skipping already applied migration");
		}
		// Another store's stamp (a store copied in under the same directory): checked, and stamped again.
		MigrationStamp stamp = MigrationStamp.read(this.dataDirectory);
		new MigrationStamp("another-store", stamp.migrations()).write(this.dataDirectory);
		before = output.length();
		try (ConfigurableApplicationContext third = start(LOG_MIGRATIONS)) {
			assertThat(output.toString().substring(before)).contains("Skipping already applied migration")
				.doesNotContain("not checked again");
			assertThat(MigrationStamp.read(this.dataDirectory)).isEqualTo(stamp);
		}
	}

	private ConfigurableApplicationContext start(String... more) {
		List<String> args = new ArrayList<>(List.of("--normgraph.embedded.data-directory=" + this.dataDirectory,
				"--normgraph.embedded.browser-enabled=false", "--normgraph.embedded.bolt-port=0"));
		args.addAll(List.of(more));
		return new SpringApplicationBuilder(NormgraphApplication.class).web(WebApplicationType.NONE)
			.run(args.toArray(String[]::new));
	}

	private static long countEntities(ConfigurableApplicationContext context) {
		return context.getBean(Neo4jClient.class)
			.query("MATCH (n:Entity) RETURN count(n)")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
	}

}
