package io.normgraph.database;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

import io.normgraph.LongRunning;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each way a user can misconfigure normgraph ends the process with a non-zero exit code and
 * one line saying what is wrong and what to change, never a stack trace; and where the store
 * was touched, it still opens afterwards. The processes start together and are checked one by
 * one, so the class costs about one start-up.
 */
@LongRunning
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadConfigurationIT {

	private static final Duration FAILURE = Duration.ofSeconds(300);

	private final List<AutoCloseable> resources = new ArrayList<>();

	private ServerSocket boltPortHolder;

	private ServerSocket httpPortHolder;

	private ServerSocket serverPortHolder;

	private int closedPort;

	private Path boltDataDirectory;

	private Path serverPortDataDirectory;

	private Path notWritable;

	private NormgraphProcess boltPortTaken;

	private NormgraphProcess httpPortTaken;

	private NormgraphProcess serverPortTaken;

	private NormgraphProcess dataDirectoryNotWritable;

	private NormgraphProcess externalUnreachable;

	private NormgraphProcess settingOutOfRange;

	@BeforeAll
	void startMisconfiguredInstances() throws IOException {
		this.boltPortHolder = hold();
		this.httpPortHolder = hold();
		this.serverPortHolder = hold();
		this.closedPort = NormgraphProcess.freePort();
		Path file = Files.createTempFile(Files.createDirectories(NormgraphProcess.WORK), "not-a-directory", ".txt");
		this.notWritable = file.resolve("data").toAbsolutePath();
		this.boltDataDirectory = NormgraphProcess.newDataDirectory();
		this.serverPortDataDirectory = NormgraphProcess.newDataDirectory();

		this.boltPortTaken = start("bolt-port-taken", this.boltDataDirectory,
				"--normgraph.embedded.bolt-port=" + this.boltPortHolder.getLocalPort());
		this.httpPortTaken = start("http-port-taken", NormgraphProcess.newDataDirectory(),
				"--normgraph.embedded.http-port=" + this.httpPortHolder.getLocalPort());
		this.serverPortTaken = start("server-port-taken", this.serverPortDataDirectory,
				"--server.port=" + this.serverPortHolder.getLocalPort());
		this.dataDirectoryNotWritable = start("data-directory-not-writable", this.notWritable);
		this.externalUnreachable = start("external-unreachable", NormgraphProcess.newDataDirectory(),
				"--spring.neo4j.uri=bolt://127.0.0.1:" + this.closedPort);
		this.settingOutOfRange = start("setting-out-of-range", NormgraphProcess.newDataDirectory(),
				"--normgraph.reuse.boilerplate-min-provisions=0");
	}

	@AfterAll
	void release() throws Exception {
		for (AutoCloseable resource : this.resources) {
			resource.close();
		}
	}

	@Test
	void boltPortTaken() {
		String report = this.boltPortTaken.assertFailedInOneLine(FAILURE);

		assertThat(report).contains("cannot open its Bolt port " + this.boltPortHolder.getLocalPort())
			.contains("already in use")
			.contains("normgraph.embedded.bolt-port");
		assertStoreOpens(this.boltDataDirectory);
	}

	@Test
	void browserHttpPortTaken() {
		String report = this.httpPortTaken.assertFailedInOneLine(FAILURE);

		assertThat(report).contains("cannot open its HTTP (Neo4j Browser) port " + this.httpPortHolder.getLocalPort())
			.contains("already in use")
			.contains("normgraph.embedded.http-port");
	}

	@Test
	void applicationPortTaken() {
		String report = this.serverPortTaken.assertFailedInOneLine(FAILURE);

		assertThat(report).contains("HTTP API cannot listen on port " + this.serverPortHolder.getLocalPort())
			.contains("already in use")
			.contains("server.port");
		// The embedded database had started; the failed start shut it down cleanly.
		assertStoreOpens(this.serverPortDataDirectory);
	}

	@Test
	void dataDirectoryNotWritable() {
		String report = this.dataDirectoryNotWritable.assertFailedInOneLine(FAILURE);

		assertThat(report).contains("data directory " + this.notWritable + " cannot be created or written")
			.contains("not a directory")
			.contains("normgraph.embedded.data-directory");
	}

	@Test
	void externalServerUnreachable() {
		String report = this.externalUnreachable.assertFailedInOneLine(FAILURE);

		assertThat(report).contains("Neo4j at bolt://127.0.0.1:" + this.closedPort + " is unreachable")
			.contains("spring.neo4j.uri");
	}

	@Test
	void settingOutOfItsRange() {
		String report = this.settingOutOfRange.assertFailedInOneLine(FAILURE);

		assertThat(report).contains("normgraph.reuse.boilerplate-min-provisions must be at least 1, not 0.")
			.contains("Change normgraph.reuse.boilerplate-min-provisions");
	}

	private NormgraphProcess start(String name, Path dataDirectory, String... settings) {
		// Free ports everywhere except where a setting below says otherwise (a repeated
		// command-line setting would not replace the first one: Spring Boot joins them with a comma).
		Map<String, String> all = new LinkedHashMap<>();
		all.put("--server.port", "0");
		all.put("--normgraph.embedded.bolt-port", "0");
		all.put("--normgraph.embedded.http-port", "0");
		all.put("--normgraph.embedded.data-directory", dataDirectory.toString());
		for (String setting : settings) {
			all.put(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
		}
		NormgraphProcess process = NormgraphProcess.start(name,
				all.entrySet().stream().map((entry) -> entry.getKey() + "=" + entry.getValue()).toArray(String[]::new));
		this.resources.add(process);
		return process;
	}

	private ServerSocket hold() throws IOException {
		ServerSocket socket = new ServerSocket(0, 50, InetAddress.getByName("localhost"));
		this.resources.add(socket);
		return socket;
	}

	private static void assertStoreOpens(Path dataDirectory) {
		DatabaseManagementService service = new DatabaseManagementServiceBuilder(dataDirectory)
			.setConfig(GraphDatabaseSettings.pagecache_memory, 8L * 1024 * 1024)
			.build();
		try {
			Object one = service.database("neo4j")
				.executeTransactionally("RETURN 1 AS one", Map.of(), (result) -> result.next().get("one"));
			assertThat(one).isEqualTo(1L);
		}
		finally {
			service.shutdown();
		}
	}

}
