package io.normgraph.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.normgraph.corpus.CorpusFiles;
import io.normgraph.corpus.CorpusImporter;
import io.normgraph.corpus.ImportProgress;
import io.normgraph.corpus.ImportReport;

/**
 * What an import costs readers: a lineage request on the bundled corpus
 * ({@code GET /api/v1/nodes/secure-std-1/lineage?depth=6}) sent again and again over real HTTP
 * while a generated corpus is imported beside it, its latency filed under the import's phase
 * when it was sent (none, validate, check, publish). Requests sent while the import publishes
 * wait at the read gate until it has. {@code ./mvnw -o test -Pbenchmark
 * -Dtest=ReadersDuringImportBenchmark -Dbenchmark.provisions=20000}; writes
 * target/benchmark/readers-during-import.md.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "normgraph.embedded.browser-enabled=false", "normgraph.embedded.page-cache=${benchmark.page-cache:64m}" })
class ReadersDuringImportBenchmark {

	private static final String LINEAGE = "/api/v1/nodes/secure-std-1/lineage?direction=upstream&depth=6";

	@Autowired
	CorpusImporter importer;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void lineageWhileACorpusIsImported() throws Exception {
		int provisions = Integer.parseInt(System.getProperty("benchmark.provisions", "20000"));
		Path corpus = Path.of("target/benchmark/readers-corpus-" + provisions);
		if (!Files.isDirectory(corpus.resolve("nodes"))) {
			new SyntheticCorpusGenerator(provisions, 42).write(corpus);
		}
		Map<String, Latencies> byPhase = new LinkedHashMap<>();
		for (int i = 0; i < 200; i++) {
			time(byPhase, "none (before)");
		}
		long start = System.nanoTime();
		CompletableFuture<ImportReport> running = CompletableFuture
			.supplyAsync(() -> this.importer.importCorpus(CorpusFiles.fromDirectory(corpus)));
		while (!running.isDone()) {
			String phase = this.importer.currentImport().map(ImportProgress::phase).orElse("none (after)");
			time(byPhase, phase);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		assertThat(running.join().written()).isTrue();
		this.importer.remove(running.join().corpus(), false);
		StringBuilder md = new StringBuilder(String.format(Locale.ROOT,
				"Lineage of secure-std-1 (depth 6) over HTTP while %,d provisions were imported (%.1f s):%n%n"
						+ "| import phase when sent | requests | median ms | p99 ms | max ms |%n|---|---:|---:|---:|---:|%n",
				provisions, seconds));
		byPhase.forEach((phase, latencies) -> md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f |%n",
				phase, latencies.count(), latencies.median(), latencies.p99(), latencies.max())));
		Path report = Path.of("target/benchmark/readers-during-import.md");
		Files.createDirectories(report.getParent());
		Files.writeString(report, md.toString());
		System.out.println(md);
		assertThat(byPhase).containsKey("publish");
	}

	private void time(Map<String, Latencies> byPhase, String phase) throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + LINEAGE)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		byPhase.computeIfAbsent(phase, (key) -> new Latencies()).add(System.nanoTime() - start);
	}

}
