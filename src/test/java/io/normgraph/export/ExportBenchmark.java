package io.normgraph.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;

import io.normgraph.graph.GraphNode;
import io.normgraph.graph.GraphRelationship;

/**
 * Whole-graph exports of a generated corpus (40,000 provisions by default) from the packaged
 * application as a separate process, as a user runs it, and subgraph exports around its node with
 * the most relationships: for each format, the time to the first byte and to the last, and the
 * server's resident memory before, at its peak during, 5 s after, after {@link #IDLE_SECONDS} idle
 * (past {@code IdleHeapRelease}'s interval) and after a forced full collection; its heap likewise
 * (jcmd). The baseline, in the same run against the same server: the
 * same statements over a raw Bolt session of the same driver, each row decoded and written to
 * nowhere. Variants: {@code bin/normgraph} (the README's way), {@code java -jar}, and, with
 * {@code -Dbenchmark.baseline-jar=OLD.jar}, an older build under {@code java -jar}.
 *
 * <pre>
 * ./mvnw -o -DskipTests package
 * ./mvnw -o test -Pbenchmark -Dtest=ExportBenchmark [-Dbenchmark.export.provisions=40000] [-Dbenchmark.baseline-jar=OLD.jar]
 * </pre>
 * The corpus is generated and imported once under target/benchmark/exports; the table goes to
 * target/benchmark/exports.md.
 */
@Tag("benchmark")
class ExportBenchmark {

	static final int PROVISIONS = Integer.getInteger("benchmark.export.provisions", 40_000);

	static final int ROUNDS = Integer.getInteger("benchmark.export.rounds", 2);

	static final Path WORK = Path.of("target", "benchmark", "exports");

	static final Path JAR = Path.of(System.getProperty("benchmark.jar", "target/normgraph.jar")).toAbsolutePath();

	static final String BASELINE_JAR = System.getProperty("benchmark.baseline-jar", "");

	static final List<String> FORMATS = List.of("graphml", "gexf", "cyjs", "csv");

	static final int SUBGRAPH_DEPTH = Integer.getInteger("benchmark.export.depth", 2);

	/** How long the server is left idle after the exports before memory is read: past IdleHeapRelease's interval. */
	static final int IDLE_SECONDS = Integer.getInteger("benchmark.export.idle-seconds", 45);

	private static final double MB = 1024.0 * 1024.0;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void wholeGraphExports() throws Exception {
		Path data = corpus();
		Map<String, List<String>> variants = new LinkedHashMap<>();
		variants.put("bin/normgraph", List.of(Path.of("bin", "normgraph").toAbsolutePath().toString()));
		variants.put("java -jar", List.of(java(), "-jar", JAR.toString()));
		if (!BASELINE_JAR.isEmpty()) {
			variants.put("java -jar " + Path.of(BASELINE_JAR).getFileName(), List.of(java(), "-jar", BASELINE_JAR));
		}
		StringBuilder report = new StringBuilder();
		report.append(String.format(Locale.ROOT, "%d provisions generated (%s); machine: %d cores, load %s, %s%n%n",
				PROVISIONS, counts(data), Runtime.getRuntime().availableProcessors(), load(),
				System.getProperty("java.vm.version")));
		for (Map.Entry<String, List<String>> variant : variants.entrySet()) {
			report.append(measure(variant.getKey(), variant.getValue(), data));
			System.out.println(report);
		}
		Files.writeString(WORK.resolveSibling("exports.md"), report, StandardCharsets.UTF_8);
	}

	private String measure(String name, List<String> command, Path data) throws Exception {
		Path log = WORK.resolve(name.replaceAll("\\W+", "-") + ".log");
		StringBuilder table = new StringBuilder();
		try (ServerUnderTest server = ServerUnderTest.start(command, data, log)) {
			Thread.sleep(5000);
			String root = busiestNode(server.bolt);
			long before = server.rss();
			long[] heapBefore = server.heap();
			table.append("### ").append(name).append("\n\n");
			table.append("Subgraph: root ").append(root).append(" (the node with the most relationships), depth ")
				.append(SUBGRAPH_DEPTH).append(", every type.\n\n");
			table.append("| round | export | first byte (s) | last byte (s) | MB written | peak RSS − RSS before (MB) |\n");
			table.append("|---|---|---|---|---|---|\n");
			for (int round = 1; round <= ROUNDS; round++) {
				double[] raw = new double[3];
				long peak = server.peakRssDuring(() -> raw(server.bolt, raw));
				table.append(row(round, "raw Bolt (baseline)", raw, peak - before));
				for (String format : FORMATS) {
					double[] figures = new double[3];
					long peakExport = server.peakRssDuring(() -> export(server.http, format, "", figures));
					table.append(row(round, format, figures, peakExport - before));
				}
				for (String format : FORMATS) {
					double[] figures = new double[3];
					String query = "?root=" + root + "&depth=" + SUBGRAPH_DEPTH;
					long peakExport = server.peakRssDuring(() -> export(server.http, format, query, figures));
					table.append(row(round, format + " subgraph", figures, peakExport - before));
				}
			}
			Thread.sleep(5000);
			long after = server.rss();
			long[] heapAfter = server.heap();
			Thread.sleep(IDLE_SECONDS * 1000L - 5000);
			long idle = server.rss();
			long[] heapIdle = server.heap();
			server.collect();
			Thread.sleep(2000);
			long afterGc = server.rss();
			long[] heapAfterGc = server.heap();
			table.append(String.format(Locale.ROOT,
					"%nRSS (MB): before %.0f, 5 s after the last export %.0f (%+.0f), %d s after %.0f (%+.0f), "
							+ "then after a forced full GC %.0f (%+.0f). Heap used / committed (MB): before %.0f / %.0f, "
							+ "5 s after %.0f / %.0f, %d s after %.0f / %.0f, after the full GC %.0f / %.0f.%n%n",
					before / MB, after / MB, (after - before) / MB, IDLE_SECONDS, idle / MB, (idle - before) / MB,
					afterGc / MB, (afterGc - before) / MB, heapBefore[1] / MB, heapBefore[0] / MB, heapAfter[1] / MB,
					heapAfter[0] / MB, IDLE_SECONDS, heapIdle[1] / MB, heapIdle[0] / MB, heapAfterGc[1] / MB,
					heapAfterGc[0] / MB));
		}
		return table.toString();
	}

	private static String row(int round, String what, double[] figures, long growth) {
		return String.format(Locale.ROOT, "| %d | %s | %.3f | %.2f | %.1f | %.0f |%n", round, what, figures[0], figures[1],
				figures[2] / MB, growth / MB);
	}

	/** {first byte, last byte} in seconds from the request, and bytes. */
	private void export(String base, String format, String query, double[] figures) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/exports/" + format + query)).build();
		long start = System.nanoTime();
		HttpResponse<InputStream> response = this.http.send(request, HttpResponse.BodyHandlers.ofInputStream());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(format + ": " + response.statusCode());
		}
		try (InputStream body = response.body()) {
			byte[] buffer = new byte[64 * 1024];
			long bytes = 0;
			int read = body.read(buffer);
			figures[0] = seconds(start);
			while (read >= 0) {
				bytes += read;
				read = body.read(buffer);
			}
			figures[1] = seconds(start);
			figures[2] = bytes;
		}
	}

	/** The export's statements over a raw Bolt session: {first row, last row} in seconds, and bytes of the rows as text. */
	private static void raw(String bolt, double[] figures) throws IOException {
		SubgraphSpec whole = SubgraphSpec.of(new ExportParameters(null, null, null), Set.of());
		try (Driver driver = GraphDatabase.driver(bolt, AuthTokens.none())) {
			driver.verifyConnectivity();
			OutputStream nowhere = OutputStream.nullOutputStream();
			long bytes = 0;
			long start = System.nanoTime();
			try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
					Transaction transaction = session.beginTransaction()) {
				Result nodes = transaction.run(SubgraphQueries.allNodes(false));
				nodes.hasNext();
				figures[0] = seconds(start);
				while (nodes.hasNext()) {
					byte[] row = GraphNode.of(nodes.next().get("n").asNode()).toString().getBytes(StandardCharsets.UTF_8);
					nowhere.write(row);
					bytes += row.length;
				}
				Result relationships = transaction.run(SubgraphQueries.allRelationships(whole, false));
				while (relationships.hasNext()) {
					var record = relationships.next();
					byte[] row = GraphRelationship.of(record.get("r").asRelationship(), record.get("start").asString(),
							record.get("end").asString()).toString().getBytes(StandardCharsets.UTF_8);
					nowhere.write(row);
					bytes += row.length;
				}
			}
			figures[1] = seconds(start);
			figures[2] = bytes;
		}
	}

	/** The id of the Entity node with the most relationships: the largest subgraph around one node. */
	private static String busiestNode(String bolt) {
		try (Driver driver = GraphDatabase.driver(bolt, AuthTokens.none());
				Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			return session
				.run("MATCH (n:Entity) RETURN n.id AS id ORDER BY COUNT { (n)--(:Entity) } DESC, id LIMIT 1")
				.single()
				.get("id")
				.asString();
		}
	}

	/** The generated corpus imported into a data directory of its own, once. */
	private static Path corpus() throws Exception {
		Path data = WORK.resolve("data-" + PROVISIONS).toAbsolutePath();
		Path done = WORK.resolve("data-" + PROVISIONS + ".imported");
		if (Files.exists(done)) {
			return data;
		}
		Path files = WORK.resolve("corpus-" + PROVISIONS).toAbsolutePath();
		run(List.of(java(), "-jar", JAR.toString(), "generate", files.toString(), "--provisions",
				String.valueOf(PROVISIONS)));
		run(List.of(java(), "-Xmx2g", "-jar", JAR.toString(), "import", files.toString(),
				"--normgraph.embedded.data-directory=" + data, "--normgraph.embedded.bolt-port=0",
				"--normgraph.embedded.http-port=0"));
		Files.writeString(done, "");
		return data;
	}

	private static void run(List<String> command) throws Exception {
		Files.createDirectories(WORK);
		Path log = WORK.resolve(command.get(3) + ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (process.waitFor() != 0) {
			throw new IllegalStateException(command + " failed, see " + log);
		}
	}

	private static String counts(Path data) throws IOException {
		Path log = WORK.resolve("import.log");
		List<String> lines = Files.exists(log) ? Files.readAllLines(log) : new ArrayList<>();
		return lines.stream().filter((line) -> line.startsWith("Imported corpus")).findFirst().orElse(data.toString());
	}

	private static String load() throws IOException {
		return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

}
