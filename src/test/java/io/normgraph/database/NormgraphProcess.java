package io.normgraph.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The packaged application ({@code target/normgraph.jar}, passed by failsafe as system property
 * {@code normgraph.jar}) as a real operating-system process, for the integration tests: its
 * output goes to a file under {@code target/it-logs}, which the tests read.
 */
final class NormgraphProcess implements AutoCloseable {

	static final Path WORK = Path.of("target");

	static final String FAILURE = "normgraph could not start: ";

	private final String name;

	private final Process process;

	private final Path log;

	private NormgraphProcess(String name, Process process, Path log) {
		this.name = name;
		this.process = process;
		this.log = log;
	}

	/** Starts {@code java -jar normgraph.jar} with the given settings, in its own working directory. */
	static NormgraphProcess start(String name, String... settings) {
		return start(name, List.of(), settings);
	}

	/**
	 * Starts {@code java <jvmOptions> -jar normgraph.jar} with the given arguments (settings, or a
	 * command and its arguments); the options come after the defaults, so {@code -Xmx} given here wins.
	 */
	static NormgraphProcess start(String name, List<String> jvmOptions, String... settings) {
		String jar = System.getProperty("normgraph.jar");
		assertThat(jar).as("system property normgraph.jar (set by failsafe)").isNotNull();
		assertThat(Path.of(jar)).as("the packaged application").isRegularFile();
		try {
			Path logs = Files.createDirectories(WORK.resolve("it-logs"));
			Path log = logs.resolve(name + ".log");
			Path workingDirectory = Files.createDirectories(WORK.resolve("it-work").resolve(name));
			List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx384m", "-XX:TieredStopAtLevel=1"));
			command.addAll(jvmOptions);
			command.addAll(List.of("-jar", Path.of(jar).toAbsolutePath().toString()));
			command.addAll(List.of(settings));
			Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			return new NormgraphProcess(name, process, log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A fresh, not yet existing data directory under target/. */
	static Path newDataDirectory() {
		return WORK.resolve("it-data").resolve(UUID.randomUUID().toString()).toAbsolutePath();
	}

	/** A port that was free a moment ago. */
	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Waits until the application says it is ready: the start-up summary's last line. */
	NormgraphProcess awaitReady(Duration timeout) {
		awaitLine("HTTP API:", timeout);
		return this;
	}

	String awaitLine(String fragment, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		do {
			boolean alive = this.process.isAlive();
			for (String line : lines()) {
				if (line.contains(fragment)) {
					return line;
				}
			}
			if (!alive) {
				fail("%s exited (code %d) before logging '%s':%n%s", this.name, this.process.exitValue(), fragment,
						output());
			}
			sleep(250);
		}
		while (System.nanoTime() < deadline);
		return fail("%s did not log '%s' within %s:%n%s", this.name, fragment, timeout, output());
	}

	/** Waits for the process to end and returns its exit code. */
	int awaitExit(Duration timeout) {
		try {
			if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				fail("%s still running after %s:%n%s", this.name, timeout, output());
			}
			return this.process.exitValue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Asserts that the application failed to start the way a user should see it: a non-zero exit
	 * code, exactly one line "normgraph could not start: …" and no stack trace.
	 * @return the text after "normgraph could not start: "
	 */
	String assertFailedInOneLine(Duration timeout) {
		int exitCode = awaitExit(timeout);
		String output = output();
		assertThat(exitCode).as("exit code of %s:%n%s", this.name, output).isNotZero();
		List<String> reports = lines().stream().filter((line) -> line.contains(FAILURE)).toList();
		assertThat(reports).as("one-line failure report of %s:%n%s", this.name, output).hasSize(1);
		assertThat(stackTraceLines()).as("stack trace lines of %s:%n%s", this.name, output).isEmpty();
		String report = reports.get(0);
		return report.substring(report.indexOf(FAILURE) + FAILURE.length());
	}

	/** SIGTERM, what {@code kill}, Ctrl-C's cousin and container runtimes send. */
	void terminate() {
		this.process.destroy();
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	List<String> lines() {
		try {
			return Files.exists(this.log) ? Files.readAllLines(this.log, StandardCharsets.UTF_8) : List.of();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String output() {
		return String.join(System.lineSeparator(), lines());
	}

	/** Lines of Java stack traces, which a user should never have to read. */
	List<String> stackTraceLines() {
		return lines().stream().filter((line) -> line.startsWith("\tat ") || line.startsWith("Caused by: ")).toList();
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			this.process.destroyForcibly();
			try {
				this.process.waitFor(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public String toString() {
		return this.name + " (" + this.log + ")";
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
