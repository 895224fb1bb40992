package io.normgraph.launch;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.normgraph.LongRunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * {@code java -jar normgraph.jar}, as a user runs it, with or without JVM options of their own:
 * it relaunches itself with the fast start's files (prepared here on first need, next to the
 * jar) and the user's options, which win over ours; the child's exit code is the command's, a first start copies the seed and answers with the bundled corpus, and
 * the child never outlives its parent, whether that is stopped (SIGTERM) or killed (SIGKILL).
 */
@LongRunning
class RelaunchIT {

	private static final Path WORK = Path.of("target", "it-work", "relaunch").toAbsolutePath();

	/** Preparing the files is one training start: minutes on a busy machine. */
	private static final Duration READY = Duration.ofMinutes(15);

	@Test
	void theCommandsExitCodeIsTheChilds() throws Exception {
		// -XshowSettings prints the system properties of the JVM it is given to: the child's.
		Process process = start("usage", Map.of("JAVA_OPTS", "-XshowSettings:properties"), "import");

		assertThat(process.waitFor(READY.toSeconds(), TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isEqualTo(2);
		assertThat(output("usage")).contains("normgraph.relaunched = " + process.pid())
			.contains("usage: java -jar normgraph.jar import DIRECTORY");
	}

	@Test
	void theUsersJvmOptionsGoToTheChildAndWinOverOurs() throws Exception {
		// Both collectors in one JVM would stop it at start: the user's replaces ours. -XshowSettings
		// (the java launcher's own option, which the JVM does not list) shows the child's properties.
		Process process = start("user-options", List.of("-Xmx256m", "-XX:+UseParallelGC", "-Dnormgraph.it=mine"),
				Map.of("JAVA_OPTS", "-XshowSettings:properties"), "import");

		assertThat(process.waitFor(READY.toSeconds(), TimeUnit.SECONDS)).isTrue();
		assertThat(output("user-options")).contains("normgraph.relaunched = " + process.pid(), "normgraph.it = mine")
			.contains("usage: java -jar normgraph.jar import DIRECTORY")
			.doesNotContain("Error occurred during initialization of VM");
		assertThat(process.exitValue()).isEqualTo(2);
	}

	@Test
	void aFirstStartCopiesTheSeedFindsAFirstExportsClassesInTheArchiveAndStopsWhenItsParentIsKilled() throws Exception {
		int port = freePort();
		// %p: the parent and the child each log to their own file.
		Process parent = start("killed", List.of("-Xlog:class+load:file=" + WORK.resolve("killed-classes-%p.log")), Map.of(),
				"--server.port=" + port, "--normgraph.embedded.bolt-port=0", "--normgraph.embedded.http-port=0",
				"--normgraph.embedded.data-directory=" + WORK.resolve("data-" + UUID.randomUUID()));
		ProcessHandle child = awaitReadyChild("killed", parent);
		assertThat(output("killed")).contains("copied from the fast start's seed");
		assertThat(get(port, "/api/v1/corpora")).contains("\"id\":\"secure\"");
		assertThat(get(port, "/api/v1/exports/graphml")).contains("<graphml");
		// The training start exported too, so an export's own classes come from the archive, not the jar.
		assertThat(Files.readString(WORK.resolve("killed-classes-" + child.pid() + ".log"), StandardCharsets.UTF_8))
			.contains("io.normgraph.export.GraphMlWriter$Sink source: shared objects file");

		parent.destroyForcibly();

		assertThat(child.onExit().get(2, TimeUnit.MINUTES).isAlive()).isFalse();
		assertThat(output("killed")).contains("has ended; stopping");
	}

	@Test
	void stoppingTheParentStopsTheChildFirst() throws Exception {
		Process parent = start("stopped", Map.of(), "--server.port=0", "--normgraph.embedded.bolt-port=0",
				"--normgraph.embedded.http-port=0",
				"--normgraph.embedded.data-directory=" + WORK.resolve("data-" + UUID.randomUUID()));
		ProcessHandle child = awaitReadyChild("stopped", parent);

		parent.destroy();

		assertThat(parent.waitFor(2, TimeUnit.MINUTES)).isTrue();
		assertThat(child.isAlive()).as("the child ended before its parent").isFalse();
		assertThat(parent.exitValue()).isEqualTo(143);
		assertThat(output("stopped")).contains("Graceful shutdown complete").doesNotContain("has ended; stopping");
	}

	private static Process start(String name, Map<String, String> environment, String... args) throws IOException {
		return start(name, List.of(), environment, args);
	}

	private static Process start(String name, List<String> jvmOptions, Map<String, String> environment, String... args)
			throws IOException {
		String jar = System.getProperty("normgraph.jar");
		assertThat(jar).as("system property normgraph.jar (set by failsafe)").isNotNull();
		Files.createDirectories(WORK);
		List<String> command = new ArrayList<>(List.of(FastStart.java()));
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", Path.of(jar).toAbsolutePath().toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(WORK.resolve(name + ".log").toFile());
		builder.environment().remove(Relaunch.SWITCH);
		builder.environment().remove("JAVA_OPTS");
		builder.environment().remove("JAVA_TOOL_OPTIONS");
		builder.environment().putAll(environment);
		return builder.start();
	}

	private static ProcessHandle awaitReadyChild(String name, Process parent) throws Exception {
		long deadline = System.nanoTime() + READY.toNanos();
		while (!output(name).contains("HTTP API:")) {
			if (!parent.isAlive() || System.nanoTime() > deadline) {
				parent.destroyForcibly();
				fail("%s not ready (alive: %s):%n%s", name, parent.isAlive(), output(name));
			}
			Thread.sleep(250);
		}
		List<ProcessHandle> children = parent.toHandle().children().toList();
		assertThat(children).as("the relaunched child").hasSize(1);
		assertThat(children.get(0).info().arguments().map(List::of).orElse(List.of()))
			.contains("-Dnormgraph.relaunched=" + parent.pid(), "-XX:+UseSerialGC");
		return children.get(0);
	}

	private static String output(String name) throws IOException {
		Path log = WORK.resolve(name + ".log");
		return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
	}

	private static String get(int port, String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
