package io.normgraph.database;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.normgraph.LongRunning;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a small heap (-Xmx256m), a command or a request that runs out of memory ends with one
 * line saying what ran out and which setting to raise, never a stack trace: the import command
 * exits 3, and a request answers 503 problem+json while the server goes on serving (or, when
 * the heap stays full, the server ends with the line and exit code 3). An import's memory does
 * not grow with the corpus (rows are staged a batch at a time), so the corpus that does not fit
 * is one whose single batch does not: 3,000 provisions of 99,000 characters each, about 300 MB of
 * text that compresses to almost nothing.
 */
@LongRunning
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemoryFaultIT {

	private static final Duration PATIENCE = Duration.ofSeconds(600);

	private static final List<String> SMALL_HEAP = List.of("-Xmx256m");

	private static final String PASSWORD = "memory-fault-it";

	private static final String OUT_OF_MEMORY = "ran out of memory";

	private Path corpus;

	@BeforeAll
	void writeACorpusWhoseBatchIsTooLargeForTheHeap() throws IOException {
		this.corpus = NormgraphProcess.WORK.resolve("it-work/memory-fault-corpus").toAbsolutePath();
		Path provisions = this.corpus.resolve("nodes/Provision.csv");
		if (Files.isRegularFile(provisions)) {
			return;
		}
		Files.createDirectories(provisions.getParent());
		Files.writeString(this.corpus.resolve("nodes/Source.csv"), "id,name,source,locator\nmf-source,Memory fault,mf-source,-\n");
		String text = "Each Party shall provide for criminal procedures and penalties. ".repeat(1_600).substring(0, 99_000);
		try (var out = Files.newBufferedWriter(provisions, StandardCharsets.UTF_8)) {
			out.write("id,name,source,locator,text\n");
			for (int i = 0; i < 3_000; i++) {
				out.write("mf-" + i + ",Provision " + i + ",mf-source," + i + "," + i + " " + text + "\n");
			}
		}
	}

	@Test
	void importCommandSaysInOneLineWhichSettingToRaise() {
		try (NormgraphProcess importing = NormgraphProcess.start("memory-fault-import", SMALL_HEAP, "import",
				this.corpus.toString(), "--normgraph.embedded.data-directory=" + NormgraphProcess.newDataDirectory())) {
			int exitCode = importing.awaitExit(PATIENCE);

			assertThat(exitCode).as(importing.output()).isEqualTo(3);
			assertOneLineNoStackTrace(importing);
		}
	}

	/**
	 * The dry run of a corpus too large for the heap either fails in its own thread (503 with the
	 * line, and the next request is served) or, when the heap stays full and the JVM can only
	 * thrash, ends the server with the line and exit code 3. Which one depends on how the
	 * collector meets the allocation; both are one line and no stack trace.
	 */
	@Test
	void requestAnswers503OrTheServerEndsInOneLine() throws Exception {
		int port = NormgraphProcess.freePort();
		try (NormgraphProcess server = NormgraphProcess.start("memory-fault-server", SMALL_HEAP, "--server.port=" + port,
				"--normgraph.embedded.bolt-port=0", "--normgraph.embedded.http-port=0",
				"--normgraph.security.password=" + PASSWORD,
				"--normgraph.embedded.data-directory=" + NormgraphProcess.newDataDirectory())) {
			server.awaitReady(PATIENCE);
			HttpClient http = HttpClient.newHttpClient();
			// The zip holds the corpus's files at its root and no corpus.yml: the id comes as a parameter.
			HttpRequest dryRun = HttpRequest
				.newBuilder(URI.create("http://localhost:" + port + "/api/v1/imports?dryRun=true&corpus=memory-fault"))
				.timeout(PATIENCE)
				.header("Content-Type", "application/zip")
				.header("Authorization", "Basic " + Base64.getEncoder()
					.encodeToString(("importer:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
				.POST(HttpRequest.BodyPublishers.ofByteArray(zip(this.corpus)))
				.build();

			HttpResponse<String> answer;
			try {
				answer = http.send(dryRun, HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException ex) {
				answer = null;
			}

			if (answer != null) {
				assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
				assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
				assertThat(answer.body()).contains(OUT_OF_MEMORY).contains("-Xmx");
				HttpResponse<String> next = http.send(
						HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/nodes/secure-std-1")).build(),
						HttpResponse.BodyHandlers.ofString());
				assertThat(next.statusCode()).as("the server goes on serving").isEqualTo(200);
			}
			else {
				assertThat(server.awaitExit(PATIENCE)).as(server.output()).isEqualTo(3);
			}
			assertOneLineNoStackTrace(server);
		}
	}

	private static void assertOneLineNoStackTrace(NormgraphProcess process) {
		List<String> lines = process.lines().stream().filter((line) -> line.contains(OUT_OF_MEMORY)).toList();
		assertThat(lines).as(process.output()).hasSize(1);
		assertThat(lines.get(0)).contains("-Xmx");
		assertThat(process.stackTraceLines()).as(process.output()).isEmpty();
	}

	private static byte[] zip(Path corpus) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(corpus)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				zip.putNextEntry(new ZipEntry(corpus.relativize(file).toString().replace('\\', '/')));
				Files.copy(file, zip);
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
