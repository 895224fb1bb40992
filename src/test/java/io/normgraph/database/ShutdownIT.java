package io.normgraph.database;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import io.normgraph.LongRunning;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar as a user runs it: the store is locked against a second instance while one
 * runs, SIGTERM shuts it down cleanly, and the data written before is there after a restart.
 * One running instance serves the whole class.
 */
@LongRunning
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShutdownIT {

	private static final Duration START = Duration.ofSeconds(300);

	private static final Pattern BOLT = Pattern.compile("bolt://[^:/\\s]+:(\\d+)");

	private final Path dataDirectory = NormgraphProcess.newDataDirectory();

	private NormgraphProcess first;

	private int firstBoltPort;

	@BeforeAll
	void startFirstInstance() {
		this.first = start("first", this.dataDirectory).awaitReady(START);
		assertThat(this.first.awaitLine("Bolt:", Duration.ZERO)).contains(this.dataDirectory.toString());
		this.firstBoltPort = boltPort(this.first);
	}

	@AfterAll
	void stopAll() {
		if (this.first != null) {
			this.first.close();
		}
	}

	@Test
	@Order(1)
	void aSecondInstanceOnTheSameDataDirectoryIsRefused() {
		try (NormgraphProcess second = start("second-on-same-directory", this.dataDirectory)) {
			String report = second.assertFailedInOneLine(START);

			assertThat(report).contains("data directory " + this.dataDirectory + " is in use by another Neo4j process")
				.contains("normgraph.embedded.data-directory");
		}
		// The refused instance did not disturb the running one.
		try (Driver driver = driver(this.firstBoltPort)) {
			assertThat(driver.executableQuery("MATCH (n:Entity {id: 'trips'}) RETURN n.id AS id")
				.execute()
				.records()).hasSize(1);
		}
	}

	@Test
	@Order(2)
	void sigtermShutsDownCleanlyAndTheDataSurvivesTheRestart() {
		try (Driver driver = driver(this.firstBoltPort)) {
			driver.executableQuery("CREATE (:ShutdownProbe {id: $id})")
				.withParameters(Map.of("id", "written-before-sigterm"))
				.execute();
		}

		this.first.terminate();
		int exitCode = this.first.awaitExit(Duration.ofSeconds(60));

		assertThat(exitCode).as("exit code after SIGTERM:%n%s", this.first.output()).isIn(0, 143);
		assertThat(this.first.stackTraceLines()).as("stack trace on shutdown:%n%s", this.first.output()).isEmpty();

		try (NormgraphProcess restarted = start("restarted", this.dataDirectory).awaitReady(START);
				Driver driver = driver(boltPort(restarted))) {
			assertThat(driver.executableQuery("MATCH (p:ShutdownProbe) RETURN p.id AS id")
				.execute()
				.records()).singleElement()
				.satisfies((record) -> assertThat(record.get("id").asString()).isEqualTo("written-before-sigterm"));
			assertThat(restarted.output()).as("the corpus is loaded only into an empty store")
				.doesNotContain("Empty database: loading the bundled");

			restarted.terminate();
			assertThat(restarted.awaitExit(Duration.ofSeconds(60))).isIn(0, 143);
		}
	}

	/**
	 * Every port chosen by the system as the instance binds it: a port found free beforehand can
	 * be taken by another process during a slow start (it was, on a busy machine).
	 */
	private static NormgraphProcess start(String name, Path dataDirectory) {
		return NormgraphProcess.start(name, "--server.port=0", "--normgraph.embedded.bolt-port=0",
				"--normgraph.embedded.http-port=0", "--normgraph.embedded.data-directory=" + dataDirectory);
	}

	/** The Bolt port the instance reports in its start-up summary ({@code Bolt: bolt://127.0.0.1:PORT …}). */
	private static int boltPort(NormgraphProcess process) {
		Matcher matcher = BOLT.matcher(process.awaitLine("Bolt:", Duration.ZERO));
		assertThat(matcher.find()).as("a Bolt address in the start-up summary").isTrue();
		return Integer.parseInt(matcher.group(1));
	}

	private static Driver driver(int boltPort) {
		return GraphDatabase.driver("bolt://localhost:" + boltPort, AuthTokens.none());
	}

}
