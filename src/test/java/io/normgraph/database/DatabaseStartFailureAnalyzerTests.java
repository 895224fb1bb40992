package io.normgraph.database;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.neo4j.configuration.helpers.PortBindException;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

import io.normgraph.database.DataDirectory.DataDirectoryException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wording of each start-up failure, without starting anything (the real processes are in
 * BadConfigurationIT and ShutdownIT).
 */
class DatabaseStartFailureAnalyzerTests {

	private final MockEnvironment environment = new MockEnvironment()
		.withProperty("normgraph.embedded.bolt-port", "7687")
		.withProperty("normgraph.embedded.http-port", "7474")
		.withProperty("normgraph.embedded.data-directory", "/srv/normgraph");

	private final DatabaseStartFailureAnalyzer analyzer = new DatabaseStartFailureAnalyzer(this.environment);

	@Test
	void boltPortTakenNamesThePortAndItsSetting() {
		FailureAnalysis analysis = analyze(new PortBindException(new SocketAddress("localhost", 7687),
				new BindException("bind(..) failed with error(-98): Address already in use")));

		assertThat(analysis.getDescription())
			.isEqualTo("The embedded Neo4j cannot open its Bolt port 7687 on localhost: the port is already in use.");
		assertThat(analysis.getAction()).contains("port 7687").contains("normgraph.embedded.bolt-port");
	}

	@Test
	void httpPortTakenNamesBrowser() {
		FailureAnalysis analysis = analyze(new PortBindException(new SocketAddress("localhost", 7474),
				new BindException("Address already in use")));

		assertThat(analysis.getDescription()).contains("HTTP (Neo4j Browser) port 7474");
		assertThat(analysis.getAction()).contains("normgraph.embedded.http-port")
			.contains("normgraph.embedded.browser-enabled=false");
	}

	@Test
	void storeLockNamesTheDirectory() {
		FailureAnalysis analysis = analyze(new RuntimeException(new org.neo4j.io.locker.FileLockException("locked", null)));

		assertThat(analysis.getDescription()).isEqualTo(
				"The data directory /srv/normgraph is in use by another Neo4j process (its store lock is held).");
	}

	@Test
	void unwritableDataDirectorySaysWhy() {
		Path directory = Path.of("/tmp/a-file/data");
		FailureAnalysis analysis = analyze(
				new DataDirectoryException(directory, new FileSystemException("/tmp/a-file/data", null, "Not a directory")));

		assertThat(analysis.getDescription())
			.isEqualTo("The data directory /tmp/a-file/data cannot be created or written: not a directory.");
		assertThat(analysis.getAction()).contains("normgraph.embedded.data-directory");
	}

	@Test
	void unreachableServerNamesTheUri() {
		this.environment.setProperty("spring.neo4j.uri", "bolt://db.example:7687");

		FailureAnalysis analysis = analyze(new ServiceUnavailableException("Unable to connect to db.example:7687"));

		assertThat(analysis.getDescription())
			.startsWith("Neo4j at bolt://db.example:7687 is unreachable: Unable to connect");
		assertThat(analysis.getAction()).contains("spring.neo4j.uri");
	}

	@Test
	void otherFailuresAreLeftToSpringBoot() {
		assertThat(this.analyzer.analyze(new IOException("disk full"))).isNull();
	}

	private FailureAnalysis analyze(Exception cause) {
		FailureAnalysis analysis = this.analyzer.analyze(new BeanCreationException("embeddedNeo4j", "failed", cause));
		assertThat(analysis).isNotNull();
		return analysis;
	}

}
