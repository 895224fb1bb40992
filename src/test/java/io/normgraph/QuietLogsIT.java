package io.normgraph;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.server.PathContainer;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The normal requests of every REST endpoint and GraphQL query log no warning and no error: a
 * user's log should only ever say something when something is wrong. Each endpoint of the
 * application and each GraphQL query field must have a request below, so a new one cannot be
 * left out. The start-up before them (this class shares a context started earlier) is
 * {@link io.normgraph.database.QuietFirstStartIT}'s.
 */
@EndToEndTest
@TestPropertySource(properties = "normgraph.security.password=" + QuietLogsIT.PASSWORD)
@Isolated // it listens to the JVM's root logger: a class running beside it logs warnings of its own on purpose
class QuietLogsIT {

	static final String PASSWORD = "quiet-logs-it";

	/** A normal request of each REST endpoint, with the status it answers. */
	private static final List<Call> REST = List.of(Call.get("/api/v1/nodes/secure-std-1"),
			Call.get("/api/v1/nodes?label=Provision&size=5"), Call.get("/api/v1/nodes/secure-std-1/neighbourhood"),
			Call.get("/api/v1/nodes/secure-std-1/lineage?direction=upstream&depth=6"),
			Call.get("/api/v1/nodes/g8-2005-declaration/lineage?direction=downstream"),
			Call.get("/api/v1/nodes/g8-2005-declaration/derived"),
			Call.get("/api/v1/comparisons?instrument=wco-secure&against=trips"),
			Call.get("/api/v1/nodes/secure-intro-g8-reference/stances"), Call.get("/api/v1/actors/bra/stances"),
			Call.get("/api/v1/coalitions?meeting=wco-secure-wg-3"), Call.get("/api/v1/coalitions"),
			Call.get("/api/v1/meetings/wco-secure-wg-3/stances"), Call.get("/api/v1/nodes/wco-secure/versions"),
			Call.get("/api/v1/diff?from=secure-std-4-text-main&to=secure-std-4-text-fn-26"),
			Call.get("/api/v1/timeline"), Call.get("/api/v1/timeline?forum=wco-policy-commission&from=2008&parts=true"),
			Call.get("/api/v1/nodes/ip-enforcement-agenda/forums"), Call.get("/api/v1/search?q=de+minimis"),
			Call.get("/api/v1/exports/graphml"), Call.get("/api/v1/exports/gexf"), Call.get("/api/v1/exports/cyjs"),
			Call.get("/api/v1/exports/csv"), Call.get("/api/v1/exports/graphml?root=wco-secure&depth=2"),
			Call.get("/api/v1/imports/current", 204), Call.get("/explorer/suggestions?q=secure"),
			Call.get("/explorer/stances?ids=secure-std-1,secure-intro-g8-reference"), Call.get("/guide"),
			Call.get("/guide/queries"), Call.get("/guide/browser"), Call.get("/"), Call.get("/v3/api-docs"),
			Call.get("/actuator/health"), Call.get("/api/v1/schema"), Call.get("/api/v1/corpora"),
			Call.get("/api/v1/corpora/secure"), Call.delete("/api/v1/corpora/secure?dryRun=true"),
			Call.get("/explorer/relationship?id=g8-summit-2005%7CHELD_BY%7Cg8%7Cli-2008%7CII+para+4"), Call.importDryRun(),
			Call.get("/api/v1/reuse/runs/current", 404), Call.get("/api/v1/nodes/secure-std-1/reuse"), Call.post("/api/v1/reuse/runs?corpus=no-such-corpus", 404),
			Call.post("/api/v1/reuse/accept?from=secure-std-1&to=trips", 404));

	/** A normal request of each GraphQL query field (the field name leads each document). */
	private static final List<String> GRAPHQL = List.of(
			"{ node(id: \"secure-std-1\") { id labels name properties source { id name } } }",
			"{ nodes(label: \"Provision\", size: 5) { items { id name } total } }",
			"{ neighbourhood(id: \"secure-std-1\") { nodes { id } relationships { type start end } } }",
			"{ lineage(id: \"secure-std-1\", direction: UPSTREAM, depth: 6) { nodes { id depth path } relationships { type start end } } }",
			"{ derived(root: \"g8-2005-declaration\") { root { id } rows { provision { id } chain } } }",
			"{ comparison(instrument: \"wco-secure\", against: \"trips\") { rows { provision { id } counterparts { id } issue } } }",
			"{ stances(id: \"secure-intro-g8-reference\") { actor { id } stance target { id } meeting { id } } }",
			"{ actorStances(id: \"bra\") { stance target { id } } }",
			"{ coalitions(meeting: \"wco-secure-wg-3\") { stance actors { id } } }",
			"{ timeline(forum: \"wco-policy-commission\", from: \"2008\", parts: true) { kind id date forum { id } } }",
			"{ forums(id: \"ip-enforcement-agenda\") { forum { id } relationship date } }",
			"{ search(q: \"de minimis\") { hits { node { id } score } truncated } }",
			"{ schema { labels { name role } relationships { name connects } } }", "{ corpora { id name nodes } }",
			"{ corpus(id: \"secure\") { id name licenses { name } } }",
			"{ meetingStances(id: \"wco-secure-wg-3\") { actor { id } stance target { id } } }",
			"{ versions(id: \"wco-secure\") { text { id } } }",
			"{ diff(from: \"secure-std-4-text-main\", to: \"secure-std-4-text-fn-26\") { segments { kind fromStart toStart } } }",
			"{ reuse(id: \"secure-std-1\") { other { id } direction score spans { laterStart earlierStart } source } }");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

	@Value("${local.server.port}")
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Autowired
	GraphQlSource graphQlSource;

	@Autowired
	Neo4jClient neo4j;

	@BeforeEach
	void listen() {
		this.logged.start();
		root().addAppender(this.logged);
	}

	@AfterEach
	void stopListening() {
		root().detachAppender(this.logged);
		this.logged.stop();
	}

	@Test
	void everyEndpointHasANormalRequestHere() {
		List<String> uncovered = new ArrayList<>();
		this.handlerMapping.getHandlerMethods().forEach((info, method) -> {
			if (isOurs(method) && info.getPathPatternsCondition() != null) {
				for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
					if (REST.stream().noneMatch((call) -> pattern.matches(PathContainer.parsePath(URI.create(call.path()).getPath())))) {
						uncovered.add(pattern.getPatternString());
					}
				}
			}
		});
		assertThat(uncovered).as("endpoints without a normal request in this test").isEmpty();
		List<String> fields = this.graphQlSource.schema()
			.getQueryType()
			.getFieldDefinitions()
			.stream()
			.map((field) -> field.getName())
			.filter((name) -> GRAPHQL.stream()
				.noneMatch((document) -> document.startsWith("{ " + name + "(") || document.startsWith("{ " + name + " {")))
			.toList();
		assertThat(fields).as("GraphQL queries without a normal request in this test").isEmpty();
	}

	@Test
	void restRequestsLogNoWarning() throws Exception {
		for (Call call : REST) {
			HttpResponse<String> response = this.http.send(call.request(this.port),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as("%s %s: %s", call.method(), call.path(), response.body())
				.isEqualTo(call.status());
			assertNothingLogged(call.method() + " " + call.path());
		}
	}

	@Test
	void graphQlRequestsLogNoWarning() throws Exception {
		for (String document : GRAPHQL) {
			String body = "{\"query\": \"" + document.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.timeout(Duration.ofSeconds(60))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(document).isEqualTo(200);
			assertThat(response.body()).as(document).doesNotContain("\"errors\"");
			assertNothingLogged(document);
		}
	}

	/**
	 * Statements generated from a schema name what it declares, whether or not any data carries it
	 * yet (a corpus whose instruments give no adoption date): Neo4j's "does not exist" notice is not
	 * a user's concern. The reuse detection's read of instrument dates logged two such warnings
	 * on a graph without those keys.
	 */
	@Test
	void statementsNamingKeysNoDataCarriesLogNoWarning() {
		String statement = "MATCH (n:NoDataHasThisLabel)-[:NO_DATA_HAS_THIS_TYPE]->() RETURN n.noDataHasThisKey AS value";
		assertThat(this.neo4j.query(statement).fetch().all()).isEmpty();
		assertNothingLogged(statement);
	}

	private void assertNothingLogged(String request) {
		List<String> warnings = this.logged.list.stream()
			.filter((event) -> event.getLevel().isGreaterOrEqual(Level.WARN))
			.map((event) -> event.getLevel() + " " + event.getLoggerName() + ": " + event.getFormattedMessage())
			.toList();
		assertThat(warnings).as("warnings and errors logged by %s", request).isEmpty();
	}

	private static boolean isOurs(HandlerMethod method) {
		return method.getBeanType().getPackageName().startsWith("io.normgraph");
	}

	private static Logger root() {
		return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
	}

	/** One request and the status a normal one answers. */
	record Call(String method, String path, int status, byte[] body) {

		static Call get(String uri) {
			return get(uri, 200);
		}

		static Call get(String uri, int status) {
			return new Call("GET", uri, status, new byte[0]);
		}

		/** A request that needs the importer's credentials. */
		static Call delete(String uri) {
			return new Call("DELETE", uri, 200, new byte[0]);
		}

		/** A POST without a body (it writes nothing here: the status says why). */
		static Call post(String uri, int status) {
			return new Call("POST", uri, status, new byte[0]);
		}

		static Call importDryRun() {
			return new Call("POST", "/api/v1/imports?dryRun=true", 200, exampleCorpusZip());
		}

		HttpRequest request(int port) {
			HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + this.path))
				.timeout(Duration.ofSeconds(60));
			if (this.method.equals("GET")) {
				return builder.GET().build();
			}
			String credentials = Base64.getEncoder()
				.encodeToString(("importer:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
			builder.header("Authorization", "Basic " + credentials);
			if (this.method.equals("DELETE")) {
				return builder.DELETE().build();
			}
			return builder.header("Content-Type", "application/zip")
				.POST(HttpRequest.BodyPublishers.ofByteArray(this.body))
				.build();
		}

		private static byte[] exampleCorpusZip() {
			Path corpus = Path.of("import/examples/trips-provisional-measures");
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(corpus)) {
				for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
					zip.putNextEntry(new ZipEntry(corpus.relativize(file).toString().replace('\\', '/')));
					zip.write(Files.readAllBytes(file));
					zip.closeEntry();
				}
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			return bytes.toByteArray();
		}

	}

}
