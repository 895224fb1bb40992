package io.normgraph.lineage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Other builds of the application for {@link LineageFloorBenchmark} to time beside the
 * in-process one, call by call in the same run: an A/B of two builds that does not depend on
 * the load of the minutes each ran in. Each is started from its packaged jar in a JVM of its own
 * (the same options for all of them), in external mode against the benchmark's embedded
 * database over the Bolt port the in-process server's driver also uses; so all of them read
 * the same store through the same kind of connection.
 * <p>
 * {@code -Dbenchmark.servers=NAME=JAR[ ARG…],NAME=JAR[ ARG…]}: a name, its jar, and any
 * application arguments after it, separated by spaces (e.g. the same jar twice with a setting
 * changed); {@code -Dbenchmark.server-heap} (768m) is each one's heap.
 */
final class ComparedServers implements AutoCloseable {

	/** One build running: its name, process, port and a blocking client (as REST's) to it. */
	record Server(String name, Process process, int port, RestClient client) {
	}

	private final List<Server> servers;

	private ComparedServers(List<Server> servers) {
		this.servers = servers;
	}

	List<Server> servers() {
		return this.servers;
	}

	/** Starts every server {@code spec} names and waits until each is healthy; none when the spec is blank. */
	static ComparedServers start(String spec, URI bolt, String heap) throws IOException {
		List<Server> started = new ArrayList<>();
		ComparedServers servers = new ComparedServers(started);
		try {
			// One after another: each start runs the schema migrations, which take a lock in the database.
			for (String entry : spec.isBlank() ? new String[0] : spec.split(",")) {
				Server server = launch(entry.strip(), bolt, heap);
				started.add(server);
				awaitHealthy(server);
			}
			return servers;
		}
		catch (IOException | RuntimeException ex) {
			servers.close();
			throw ex;
		}
	}

	/** {@code NAME=JAR[ ARG…]} as a command line: the JVM's options, the jar, then ours and the entry's arguments. */
	static List<String> command(String entry, URI bolt, String heap, int port, Path dataDirectory) {
		int equals = entry.indexOf('=');
		if (equals <= 0) {
			throw new IllegalArgumentException("benchmark.servers: '" + entry + "' is not NAME=JAR[ ARG...]");
		}
		List<String> words = Arrays.asList(entry.substring(equals + 1).strip().split("\\s+"));
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xms" + heap, "-Xmx" + heap, "-Dnormgraph.relaunch=false", "-jar", words.get(0),
				"--spring.neo4j.uri=" + bolt, "--server.port=" + port, "--normgraph.embedded.data-directory=" + dataDirectory,
				// As the in-process server's test configuration: no rate limit in the way, no reuse run, a quiet log.
				"--normgraph.security.requests-per-window=100000", "--normgraph.reuse.after-import=false",
				"--logging.level.root=warn"));
		command.addAll(words.subList(1, words.size()));
		return command;
	}

	static String name(String entry) {
		return entry.substring(0, entry.indexOf('=')).strip();
	}

	private static Server launch(String entry, URI bolt, String heap) throws IOException {
		int port = freePort();
		Path directory = Path.of("target/benchmark/servers", name(entry)).toAbsolutePath();
		Files.createDirectories(directory);
		Process process = new ProcessBuilder(command(entry, bolt, heap, port, directory.resolve("data")))
			.redirectErrorStream(true)
			.redirectOutput(directory.resolve("server.log").toFile())
			.start();
		RestClient client = RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.requestFactory(new SimpleClientHttpRequestFactory())
			.build();
		return new Server(name(entry), process, port, client);
	}

	private static void awaitHealthy(Server server) {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
		while (System.nanoTime() < deadline) {
			if (!server.process().isAlive()) {
				throw new IllegalStateException(server.name() + " stopped while starting, exit code "
						+ server.process().exitValue() + ": see target/benchmark/servers/" + server.name() + "/server.log");
			}
			if (healthy(server.port())) {
				System.out.printf("server %s healthy on port %d%n", server.name(), server.port());
				return;
			}
			sleep();
		}
		throw new IllegalStateException(server.name() + " not healthy within 5 minutes");
	}

	private static boolean healthy(int port) {
		try {
			HttpURLConnection connection = (HttpURLConnection) URI.create("http://localhost:" + port + "/actuator/health")
				.toURL()
				.openConnection();
			try {
				return connection.getResponseCode() == 200;
			}
			finally {
				connection.disconnect();
			}
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** Stops each server this started, and waits for it. */
	@Override
	public void close() {
		for (Server server : this.servers) {
			server.process().destroy();
		}
		for (Server server : this.servers) {
			try {
				if (!server.process().waitFor(60, TimeUnit.SECONDS)) {
					server.process().destroyForcibly();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new UncheckedIOException(new IOException(ex));
			}
		}
	}

}
