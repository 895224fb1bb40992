package io.normgraph.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.normgraph.launch.WorkingJvm;

/**
 * The packaged application as an operating-system process for {@link ExportBenchmark}, started on
 * free ports, with what the benchmark reads of it: its HTTP and Bolt addresses (from the start-up
 * lines), its resident memory ({@code /proc/<pid>/status}, Linux) and its heap ({@code jcmd}).
 */
final class ServerUnderTest implements AutoCloseable {

	private static final Pattern HTTP = Pattern.compile("HTTP API: *(http://\\S+)/api/v1");

	private static final Pattern BOLT = Pattern.compile("Bolt: *(bolt://\\S+)");

	private static final Pattern HEAP = Pattern.compile("total (\\d+)K, used (\\d+)K");

	private final Process process;

	/** The JVM that serves: {@code java -jar}'s relaunched child, not the parent that waits for it. */
	private final long pid;

	private final Path log;

	final String http;

	final String bolt;

	private ServerUnderTest(Process process, Path log, String http, String bolt) {
		this.process = process;
		this.pid = WorkingJvm.pid(process);
		this.log = log;
		this.http = http;
		this.bolt = bolt;
	}

	/** Starts {@code command} (a launcher and its options) with a data directory and free ports, and waits until it is ready. */
	static ServerUnderTest start(List<String> command, Path data, Path log) throws IOException, InterruptedException {
		List<String> all = new ArrayList<>(command);
		all.addAll(List.of("--server.port=0", "--normgraph.embedded.bolt-port=0", "--normgraph.embedded.http-port=0",
				"--normgraph.embedded.data-directory=" + data.toAbsolutePath(), "--normgraph.security.requests-per-window=100000"));
		Process process = new ProcessBuilder(all).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
		while (System.nanoTime() < deadline) {
			String output = Files.readString(log, StandardCharsets.UTF_8);
			Matcher http = HTTP.matcher(output);
			Matcher bolt = BOLT.matcher(output);
			if (http.find() && bolt.find()) {
				return new ServerUnderTest(process, log, http.group(1), bolt.group(1));
			}
			if (!process.isAlive()) {
				throw new IllegalStateException(command + " exited: " + output);
			}
			Thread.sleep(200);
		}
		process.destroyForcibly();
		throw new IllegalStateException(command + " not ready after 10 minutes, see " + log);
	}

	long pid() {
		return this.pid;
	}

	/** Resident set size in bytes. */
	long rss() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
				}
			}
			throw new IllegalStateException("no VmRSS for " + pid());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** {committed, used} heap in bytes, summed over the collector's generations, from {@code jcmd GC.heap_info}. */
	long[] heap() {
		String info = jcmd("GC.heap_info");
		long[] heap = new long[2];
		for (String line : info.split("\n")) {
			Matcher matcher = HEAP.matcher(line);
			if (!line.contains("Metaspace") && matcher.find()) {
				heap[0] += Long.parseLong(matcher.group(1)) * 1024;
				heap[1] += Long.parseLong(matcher.group(2)) * 1024;
			}
		}
		return heap;
	}

	/** A full collection, as {@code jcmd <pid> GC.run}. */
	void collect() {
		jcmd("GC.run");
	}

	private String jcmd(String command) {
		try {
			Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
			Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(pid()), command).redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			process.waitFor();
			return output;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Samples the resident set every 20 ms while {@code work} runs; returns the largest. */
	long peakRssDuring(Work work) throws Exception {
		AtomicLong peak = new AtomicLong(rss());
		Thread sampler = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				peak.accumulateAndGet(rss(), Math::max);
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		sampler.setDaemon(true);
		sampler.start();
		try {
			work.run();
		}
		finally {
			sampler.interrupt();
			sampler.join();
		}
		return Math.max(peak.get(), rss());
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(Duration.ofMinutes(1).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
			this.process.destroyForcibly();
		}
	}

	String log() throws IOException {
		return Files.readString(this.log, StandardCharsets.UTF_8);
	}

	interface Work {

		void run() throws Exception;

	}

}
