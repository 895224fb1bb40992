package io.normgraph.reuse.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import io.normgraph.corpus.CorpusImporter;

/**
 * Detection over real HTTP: a run started by the importer (anonymous: 401) and followed to its
 * end, and a detected reuse accepted as an asserted derivation that keeps the evidence.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "normgraph.security.password=reuse-secret")
class ReuseApiIT {

	private static final String IMPORTER = "importer:reuse-secret";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	CorpusImporter importer;

	@Autowired
	Neo4jClient client;

	@TempDir
	Path root;

	@AfterEach
	void removeEverything() {
		ReuseCleanUp.after(this.importer, this.client, ReuseCorpus.ID);
	}

	@Test
	void theImporterStartsARunFollowsItAndAcceptsAFindingKeepingItsEvidence() throws Exception {
		this.importer.importCorpus(new ReuseCorpus().write(this.root));
		assertThat(send("POST", "/api/v1/reuse/runs", null).statusCode()).isEqualTo(401);
		assertThat(send("POST", "/api/v1/reuse/runs?corpus=nowhere", IMPORTER).statusCode()).isEqualTo(404);

		HttpResponse<String> started = send("POST", "/api/v1/reuse/runs", IMPORTER);
		assertThat(started.statusCode()).isEqualTo(202);
		assertThat(started.headers().firstValue("Location")).hasValue("/api/v1/reuse/runs/current");
		assertThat(started.body()).contains("\"state\":\"running\"");
		String status = awaitFinished();
		assertThat(status).contains("\"state\":\"finished\"").contains("\"provisionRelationships\":");
		String run = status.replaceAll("(?s).*\"run\":\"(reuse-run-[0-9-]+)\".*", "$1");

		String accept = "/api/v1/reuse/accept?from=rt-new-1&to=rt-old-1";
		assertThat(send("POST", accept, null).statusCode()).isEqualTo(401);
		assertThat(send("POST", "/api/v1/reuse/accept?from=rt-old-1&to=rt-new-2", IMPORTER).statusCode()).isEqualTo(404);
		assertThat(send("POST", accept + "&type=PART_OF", IMPORTER).body()).contains("\"parameter\":\"type\"");
		HttpResponse<String> accepted = send("POST", accept, IMPORTER);
		assertThat(accepted.statusCode()).isEqualTo(201);
		assertThat(accepted.body()).contains("\"type\":\"DERIVES_FROM\"").contains("\"source\":\"" + run + "\"")
			.contains("\"laterStarts\":[").contains("\"acceptedBy\":\"importer\"").contains("\"inferred\":false");
		assertThat(this.client.query("""
				MATCH (:Entity {id: 'rt-new-1'})-[d:DERIVES_FROM]->(:Entity {id: 'rt-old-1'})
				RETURN d.score > 0.9 AND size(d.earlierStarts) > 0 AND d.source = $run""").bind(run).to("run")
			.fetchAs(Boolean.class).one()).hasValue(true);
		HttpResponse<String> again = send("POST", accept, IMPORTER);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("\"created\":false");

		assertThat(send("POST", "/api/v1/reuse/runs", IMPORTER).statusCode()).isEqualTo(202);
		awaitFinished();
		assertThat(this.client.query("MATCH (s:Source {id: $run}) RETURN count(s)").bind(run).to("run")
			.fetchAs(Long.class).one()).as("the accepted derivation keeps its run's Source").hasValue(1L);
	}

	private String awaitFinished() throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		while (Instant.now().isBefore(deadline)) {
			HttpResponse<String> current = send("GET", "/api/v1/reuse/runs/current", null);
			assertThat(current.statusCode()).isEqualTo(200);
			if (!current.body().contains("\"state\":\"running\"")) {
				return current.body();
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the run did not finish");
	}

	private HttpResponse<String> send(String method, String path, String credentials) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (credentials != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
