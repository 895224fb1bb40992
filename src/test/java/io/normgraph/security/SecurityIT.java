package io.normgraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import io.normgraph.LongRunning;
import io.normgraph.graph.GraphSnapshot;

/**
 * The public surface over real HTTP: anonymous and wrong-credential writes are refused, hostile
 * uploads get a precise 4xx, a burst gets 429, and none of it changes the graph.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "normgraph.security.password=test-secret", "normgraph.security.requests-per-window=30",
				// An hour, so a burst slowed down by a busy machine never earns a refilled token (30 a minute is one per 2 s).
				"normgraph.security.window=1h",
				"normgraph.security.cors-allowed-origins=https://viz.example.org",
				"normgraph.security.max-import-size=2MB", "server.forward-headers-strategy=native" })
@LongRunning
class SecurityIT {

	private static final String EXAMPLE = "import/examples/trips-provisional-measures";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient client;

	private List<String> before;

	@BeforeEach
	void snapshot() {
		this.before = GraphSnapshot.of(this.client);
	}

	@Test
	void anonymousAndWrongCredentialWritesAreRefusedAndChangeNothing() {
		HttpResponse<String> anonymous = send(importRequest(zip(Path.of(EXAMPLE)), null, "203.0.113.1"));
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying((value) -> assertThat(value).startsWith("Basic"));
		assertThat(anonymous.body()).contains("Writing needs authentication");

		HttpResponse<String> wrong = send(importRequest(zip(Path.of(EXAMPLE)), "importer:guess", "203.0.113.1"));
		assertThat(wrong.statusCode()).isEqualTo(401);
		HttpResponse<String> wrongUser = send(importRequest(zip(Path.of(EXAMPLE)), "admin:test-secret", "203.0.113.1"));
		assertThat(wrongUser.statusCode()).isEqualTo(401);
		assertThat(GraphSnapshot.of(this.client)).isEqualTo(this.before);
	}

	@Test
	void theImporterValidatesReportsAndImportsAtomically() {
		HttpResponse<String> dryRun = send(importRequest(zip(Path.of(EXAMPLE)), "importer:test-secret", "203.0.113.2",
				"?dryRun=true"));
		assertThat(dryRun.statusCode()).isEqualTo(200);
		assertThat(dryRun.body()).contains("\"dryRun\":true").contains("\"written\":false").contains("\"problems\":[]");
		assertThat(GraphSnapshot.of(this.client)).isEqualTo(this.before);

		byte[] broken = zip(List.of(new Entry("my-corpus/nodes/Actor.csv",
				"id,name,source,locator,kind\nper,Peru,li-2008,IV.2.1,state\nper,Peru,nowhere,IV.2.1,state\n"),
				new Entry("my-corpus/relationships/OPPOSES.csv",
						"from,to,source,locator,meeting\nper,secure-std-1,li-2008,IV.2.1,2008-06-30\n")));
		HttpResponse<String> invalid = send(importRequest(broken, "importer:test-secret", "203.0.113.2"));
		assertThat(invalid.statusCode()).isEqualTo(422);
		assertThat(invalid.body()).contains("\"file\":\"nodes/Actor.csv\",\"line\":3,\"column\":\"id\"")
			.contains("\"file\":\"nodes/Actor.csv\",\"line\":3,\"column\":\"source\"")
			.contains("\"file\":\"relationships/OPPOSES.csv\",\"line\":2,\"column\":\"meeting\"")
			.contains("nothing was written");
		assertThat(GraphSnapshot.of(this.client)).isEqualTo(this.before);

		HttpResponse<String> landed = send(importRequest(zip(Path.of(EXAMPLE)), "importer:test-secret", "203.0.113.2"));
		assertThat(landed.statusCode()).isEqualTo(201);
		assertThat(landed.body()).contains("\"corpus\":\"trips-provisional-measures\"")
			.contains("\"nodes\":{\"created\":3,").contains("\"relationships\":{\"created\":2,");
		List<String> after = GraphSnapshot.of(this.client);
		HttpResponse<String> again = send(importRequest(zip(Path.of(EXAMPLE)), "importer:test-secret", "203.0.113.2"));
		assertThat(again.statusCode()).isEqualTo(201);
		assertThat(again.body()).contains("\"nodes\":{\"created\":0,\"changed\":0,\"unchanged\":3,\"removed\":0}")
			.contains("\"written\":false");
		assertThat(GraphSnapshot.of(this.client)).isEqualTo(after);

		HttpResponse<String> anonymousRemoval = send(removeRequest("trips-provisional-measures", null, "203.0.113.2"));
		assertThat(anonymousRemoval.statusCode()).isEqualTo(401);
		assertThat(GraphSnapshot.of(this.client)).isEqualTo(after);
		HttpResponse<String> removed = send(removeRequest("trips-provisional-measures", "importer:test-secret", "203.0.113.2"));
		assertThat(removed.statusCode()).isEqualTo(200);
		assertThat(removed.body()).contains("\"nodes\":{\"created\":0,\"changed\":0,\"unchanged\":0,\"removed\":3}");
		assertThat(GraphSnapshot.of(this.client)).isEqualTo(this.before);
	}

	@Test
	void hostileUploadsGetAPreciseClientError() {
		String importer = "importer:test-secret";
		assertProblem(send(importRequest("not a zip at all".getBytes(StandardCharsets.UTF_8), importer, "203.0.113.3")),
				400, "has no files under nodes/ or relationships/");
		assertProblem(send(importRequest(zip(List.of(new Entry("../../etc/nodes/Actor.csv", "id\n"))), importer,
				"203.0.113.3")), 400, "points outside the archive");
		assertProblem(send(importRequest(zipBomb(), importer, "203.0.113.3")), 400, "unpacks to more than 512 MiB");
		assertProblem(send(importRequest(new byte[3 * 1024 * 1024], importer, "203.0.113.3")), 413,
				"at most 2097152 are accepted");
		HttpRequest chunked = HttpRequest.newBuilder(uri("/api/v1/imports"))
			.header("Content-Type", "application/zip")
			.header("Authorization", basic(importer))
			.header("X-Forwarded-For", "203.0.113.3")
			.POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(zip(Path.of(EXAMPLE)))))
			.build();
		assertProblem(send(chunked), 411, "needs a Content-Length header");
		assertProblem(send(importRequest(zip(Path.of(EXAMPLE)), importer, "203.0.113.3", "?dryRun=%27%3B%20MATCH%20(n)%20DETACH%20DELETE%20n")),
				400, "dryRun");
		assertThat(GraphSnapshot.of(this.client)).isEqualTo(this.before);
	}

	@Test
	void aBurstFromOneClientGets429WithRetryAfterWhileOthersAreServed() {
		List<Integer> statuses = new ArrayList<>();
		HttpResponse<String> limited = null;
		for (int i = 0; i < 40; i++) {
			HttpResponse<String> response = send(get("/api/v1/imports/current", "198.51.100.23"));
			statuses.add(response.statusCode());
			if (response.statusCode() == 429 && limited == null) {
				limited = response;
			}
		}
		assertThat(statuses.subList(0, 30)).containsOnly(204);
		assertThat(statuses.subList(30, 40)).containsOnly(429);
		assertThat(limited.headers().firstValue("Retry-After")).isPresent();
		assertThat(limited.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(limited.body()).contains("More than 30 requests per PT1H from 198.51.100.23");
		assertThat(send(get("/explorer/suggestions?q=trips", "198.51.100.23")).statusCode())
			.as("the explorer's helpers query the database too and share the bucket")
			.isEqualTo(429);
		assertThat(send(get("/api/v1/imports/current", "198.51.100.24")).statusCode()).isEqualTo(204);
	}

	@Test
	void corsAllowsConfiguredFrontEndsOnly() {
		HttpResponse<String> allowed = send(preflight("https://viz.example.org"));
		assertThat(allowed.statusCode()).isEqualTo(200);
		assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://viz.example.org");
		HttpResponse<String> other = send(preflight("https://elsewhere.example.com"));
		assertThat(other.statusCode()).isEqualTo(403);
		assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void readingNeedsNoCredentials() {
		HttpResponse<String> health = send(get("/actuator/health", "203.0.113.5"));
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
		HttpResponse<String> node = send(get("/api/v1/nodes/trips", "203.0.113.5"));
		assertThat(node.statusCode()).isEqualTo(200);
		assertThat(node.body()).contains("\"id\":\"trips\"");
	}

	private static void assertProblem(HttpResponse<String> response, int status, String detail) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains(detail);
	}

	private HttpRequest removeRequest(String corpus, String credentials, String client) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/corpora/" + corpus))
			.header("X-Forwarded-For", client)
			.DELETE();
		if (credentials != null) {
			request.header("Authorization", basic(credentials));
		}
		return request.build();
	}

	private HttpRequest importRequest(byte[] body, String credentials, String client) {
		return importRequest(body, credentials, client, "");
	}

	private HttpRequest importRequest(byte[] body, String credentials, String client, String query) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/imports" + query))
			.header("Content-Type", "application/zip")
			.header("X-Forwarded-For", client)
			.POST(BodyPublishers.ofByteArray(body));
		if (credentials != null) {
			request.header("Authorization", basic(credentials));
		}
		return request.build();
	}

	private HttpRequest get(String path, String client) {
		return HttpRequest.newBuilder(uri(path)).header("X-Forwarded-For", client).GET().build();
	}

	private HttpRequest preflight(String origin) {
		return HttpRequest.newBuilder(uri("/api/v1/imports/current"))
			.header("Origin", origin)
			.header("Access-Control-Request-Method", "GET")
			.header("X-Forwarded-For", "203.0.113.6")
			.method("OPTIONS", BodyPublishers.noBody())
			.build();
	}

	private static String basic(String credentials) {
		return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	record Entry(String name, String content) {
	}

	static byte[] zip(Path directory) {
		try (Stream<Path> files = Files.walk(directory)) {
			return zip(files.filter(Files::isRegularFile).map((file) -> {
				try {
					return new Entry(directory.relativize(file).toString(), Files.readString(file));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}).toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] zip(List<Entry> entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Entry entry : entries) {
				zip.putNextEntry(new ZipEntry(entry.name()));
				zip.write(entry.content().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** About 600 KiB that unpacks to 600 MiB of zeros. */
	private static byte[] zipBomb() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("nodes/Actor.csv"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 600; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
