package io.normgraph.lineage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.graphdb.GraphDatabaseService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.normgraph.Api;
import io.normgraph.corpus.CorpusFiles;
import io.normgraph.corpus.CorpusImporter;
import io.normgraph.graph.GraphRelationship;
import io.normgraph.graph.NodeLimit;
import io.normgraph.schema.LabelRole;
import io.normgraph.schema.Schema;
import io.normgraph.schema.SchemaRegistry;
import io.normgraph.synthetic.SyntheticCorpusGenerator;

/**
 * Not a test: REST lineage against the fastest single Cypher statement that returns the same
 * nodes and relationships ({@link FloorStatements}), side by side in one run, on the bundled
 * corpus and on a generated one ({@code benchmark.provisions}, seed 42) imported beside it, at depths
 * 2, 4 and 6, upstream from a provision and downstream from an instrument chosen by rule (the
 * most paths within two hops upstream; the most followed relationships entering it). Before
 * timing, every statement must answer exactly the REST answer's node and relationship sets, or
 * the run fails. REST and the statements alternate call by call. REST is timed from a blocking
 * client ({@code HttpURLConnection}) that parses the whole answer into a JSON tree; the same
 * request from the JDK {@code HttpClient} (RestClient's default) is a column beside it. Run with
 * {@code ./mvnw -o test -Pbenchmark -Dtest=LineageFloorBenchmark -Dbenchmark.provisions=100000} (the
 * profile's default is 10k; {@code 0}: the bundled corpus only; {@code -Dbenchmark.breakdown=true}
 * adds where REST's time goes; {@code -Dbenchmark.servers=main=A.jar,candidate=B.jar} times REST from
 * other builds beside it, see {@link ComparedServers}); writes target/benchmark/lineage-floor.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "normgraph.embedded.browser-enabled=false",
				"normgraph.embedded.page-cache=${benchmark.page-cache:512m}" })
@Tag("benchmark")
class LineageFloorBenchmark {

	private static final String SYNTHETIC = "syn-";

	@Autowired
	CorpusImporter importer;

	@Autowired
	SchemaRegistry schemas;

	@Autowired
	Driver driver;

	@Autowired
	LineageService lineage;

	@Autowired
	JsonMapper json;

	@Autowired
	Neo4jClient client;

	@Autowired
	Neo4jConnectionDetails database;

	@Autowired
	GraphDatabaseService embedded;

	@LocalServerPort
	int port;

	@Test
	void restLineageAgainstTheBestSingleStatement() throws IOException {
		int provisions = Integer.getInteger("benchmark.provisions", 100_000);
		if (provisions > 0) {
			Path corpus = Path.of("target/benchmark/corpus-" + provisions + "-42");
			if (!Files.isDirectory(corpus.resolve("nodes"))) {
				new SyntheticCorpusGenerator(provisions, 42).write(corpus);
			}
			long start = System.nanoTime();
			this.importer.importCorpus(CorpusFiles.fromDirectory(corpus));
			System.out.printf("imported %d provisions in %.1f s%n", provisions, (System.nanoTime() - start) / 1e9);
		}
		Schema schema = this.schemas.current();
		LineageTypes types = LineageTypes.parse(null, schema);
		Api api = new Api(this.port);
		// REST's requests from a blocking client (HttpURLConnection): the JDK HttpClient (RestClient's default, a column
		// beside) hands each exchange across its selector and worker threads, 0.7-1.4 ms a request here.
		RestClient blocking = RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.requestFactory(new SimpleClientHttpRequestFactory())
			.build();
		LineageWalk.Statements neo4jClient = LineageWalk.Statements.of(this.client);
		List<FloorCell> cells = new ArrayList<>();
		try (Session session = this.driver.session();
				ComparedServers servers = ComparedServers.start(System.getProperty("benchmark.servers", ""),
						this.database.getUri(), System.getProperty("benchmark.server-heap", "768m"))) {
			String load = loadAverage();
			for (boolean synthetic : (provisions > 0) ? new boolean[] { false, true } : new boolean[] { false }) {
				String corpus = synthetic ? provisions / 1000 + "k generated" : "bundled";
				String provision = root(session, upstreamRule(types), synthetic);
				String instrument = root(session, downstreamRule(types, schema), synthetic);
				for (int depth : new int[] { 2, 4, 6 }) {
					cells.add(cell(api, blocking, session, neo4jClient, servers, types, corpus, provision, true, depth));
					cells.add(cell(api, blocking, session, neo4jClient, servers, types, corpus, instrument, false, depth));
				}
			}
			FloorCell.run(cells, Integer.getInteger("benchmark.warm-up", 300), Integer.getInteger("benchmark.runs", 300));
			String report = FloorCell.table(cells) + "\n" + FloorCell.serversTable(cells) + "\nLoad average before: " + load
					+ "; after: " + loadAverage() + "\n";
			Files.createDirectories(Path.of("target/benchmark"));
			Files.writeString(Path.of("target/benchmark/lineage-floor.md"), report);
			System.out.println(report);
		}
	}

	/** A cell whose every statement answers what REST answers; fails otherwise. */
	private FloorCell cell(Api api, RestClient blocking, Session session, LineageWalk.Statements client,
			ComparedServers servers, LineageTypes types, String corpus, String root, boolean upstream, int depth) {
		String asked = "/api/v1/nodes/" + root + "/lineage?depth=" + depth + (upstream ? "" : "&direction=downstream");
		JsonNode answer = api.ok(asked);
		// An answer cut at the default limit is compared whole: asked again with the largest limit.
		String uri = answer.path("truncated").asBoolean() ? asked + "&limit=" + NodeLimit.MAX : asked;
		answer = uri.equals(asked) ? answer : api.ok(uri);
		if (answer.path("truncated").asBoolean()) {
			throw new AssertionError(uri + " was cut at the node limit: nothing to compare");
		}
		System.out.printf("%s: %d bytes%n", uri, blocking.get().uri(uri).retrieve().body(byte[].class).length);
		Set<String> nodes = new TreeSet<>();
		answer.get("nodes").forEach((node) -> nodes.add(node.get("id").asString()));
		Set<String> relationships = new TreeSet<>();
		answer.get("relationships").forEach((relationship) -> relationships.add(relationship.get("id").asString()));
		List<FloorCell.Side> statements = new ArrayList<>();
		for (FloorStatements.Candidate candidate : FloorStatements.all(types, upstream, depth)) {
			Map<String, Object> parameters = Map.of("id", root);
			Record record = session.run(candidate.cypher(), parameters).single();
			Map<String, String> ids = new HashMap<>();
			record.get("nodes").values().forEach((node) -> ids.put(node.asNode().elementId(), node.asNode().get("id").asString()));
			Set<String> keys = record.get("relationships")
				.asList(Value::asRelationship)
				.stream()
				.map((r) -> GraphRelationship.key(r.type(), ids.get(r.startNodeElementId()), ids.get(r.endNodeElementId()),
						r.get("source").asObject(), r.get("locator").asObject()))
				.collect(Collectors.toCollection(TreeSet::new));
			if (!nodes.equals(new TreeSet<>(ids.values())) || !relationships.equals(keys)) {
				throw new AssertionError(candidate.name() + " does not answer what " + uri + " answers:\nREST nodes "
						+ nodes + "\nstatement nodes " + new TreeSet<>(ids.values()) + "\nREST relationships " + relationships
						+ "\nstatement relationships " + keys + "\n" + candidate.cypher());
			}
			statements.add(new FloorCell.Side(candidate.name(), () -> session.run(candidate.cypher(), parameters).list()));
		}
		// Every other build must answer exactly what this one answers, to the last property.
		List<FloorCell.Side> others = new ArrayList<>();
		JsonNode ours = parsed(blocking, this.json, uri);
		for (ComparedServers.Server server : servers.servers()) {
			JsonNode theirs = parsed(server.client(), this.json, uri);
			if (!theirs.equals(ours)) {
				throw new AssertionError(server.name() + " does not answer " + uri + " as this build does");
			}
			others.add(new FloorCell.Side(server.name(), () -> parsed(server.client(), this.json, uri)));
		}
		List<FloorCell.Side> breakdown = new ArrayList<>();
		if (Boolean.getBoolean("benchmark.breakdown")) {
			LineageRequest request = LineageRequest.of(root).withDepth(depth).withDirection(upstream ? null : "downstream");
			breakdown.add(new FloorCell.Side("GET node by id", () -> api.ok("/api/v1/nodes/" + root)));
			breakdown.add(new FloorCell.Side("REST body unparsed, JDK client", () -> api.bytes(uri)));
			breakdown.add(new FloorCell.Side("REST body unparsed, blocking client",
					() -> blocking.get().uri(uri).retrieve().body(byte[].class)));
			breakdown.add(new FloorCell.Side("service in-process", () -> this.lineage.lineage(request)));
			breakdown.add(new FloorCell.Side("service and JSON in-process",
					() -> this.json.writeValueAsBytes(this.lineage.lineage(request))));
			String fetch = LineageQueries.fetch(types, upstream, depth);
			Map<String, Object> fetchParameters = Map.of("id", root, "cap", NodeLimit.DEFAULT);
			breakdown.add(new FloorCell.Side("its statement over raw Bolt",
					() -> session.run(fetch, fetchParameters).list()));
			breakdown.add(new FloorCell.Side("its statement through Neo4jClient",
					() -> client.run(fetch, fetchParameters)));
			// The fetch run and read into the walk's forms: over Bolt (an external database's way), and in-process.
			breakdown.add(new FloorCell.Side("its statement read, over Bolt",
					() -> FetchedReads.fetch(client, types, upstream, depth, root, NodeLimit.DEFAULT)));
			breakdown.add(new FloorCell.Side("its statement read, in-process",
					() -> EmbeddedFetch.fetch(this.embedded, types, upstream, depth, root, NodeLimit.DEFAULT)));
			LineageService overBolt = new LineageService(client, this.schemas);
			breakdown.add(new FloorCell.Side("service in-process, the fetch over Bolt", () -> overBolt.lineage(request)));
		}
		// REST is timed from the lighter of the two standard clients, parsing the whole answer; the other beside it.
		breakdown.add(0, new FloorCell.Side("REST from the JDK HttpClient", () -> api.ok(uri)));
		return new FloorCell(corpus,
				(upstream ? "upstream of " : "downstream of ") + root + (uri.equals(asked) ? "" : " (limit " + NodeLimit.MAX + ")"),
				depth, nodes.size(), relationships.size(),
				new FloorCell.Side("REST", () -> parsed(blocking, this.json, uri)), statements, others, breakdown);
	}

	/** The answer parsed whole, as {@link Api#ok} parses it, from the blocking client; a status other than 200 fails. */
	private static JsonNode parsed(RestClient blocking, JsonMapper json, String uri) {
		ResponseEntity<byte[]> response = blocking.get().uri(uri).retrieve().toEntity(byte[].class);
		if (response.getStatusCode().value() != 200 || response.getBody() == null) {
			throw new AssertionError("GET " + uri + " answered " + response.getStatusCode());
		}
		return json.readTree(response.getBody());
	}

	/** Units by how many paths lead upstream from them within two hops: the widest near reach. */
	private static String upstreamRule(LineageTypes types) {
		return "MATCH (n:Entity) WHERE (" + labels("n", types.units()) + ") AND (n.id STARTS WITH $prefix) = $synthetic"
				+ " RETURN n.id AS id ORDER BY COUNT { (n)-[:" + String.join("|", new TreeSet<>(types.followed()))
				+ "*1..2]->() } DESC, n.id LIMIT 1";
	}

	/** Instruments by how many followed relationships enter them: the widest fan-out downstream. */
	private static String downstreamRule(LineageTypes types, Schema schema) {
		return "MATCH (n:Entity) WHERE (" + labels("n", schema.labelsWith(LabelRole.INSTRUMENT))
				+ ") AND (n.id STARTS WITH $prefix) = $synthetic RETURN n.id AS id ORDER BY COUNT { (n)<-[:"
				+ String.join("|", new TreeSet<>(types.followed())) + "]-() } DESC, n.id LIMIT 1";
	}

	private static String labels(String variable, Set<String> labels) {
		return labels.stream().sorted().map((label) -> variable + ":`" + label + "`").collect(Collectors.joining(" OR "));
	}

	private static String root(Session session, String rule, boolean synthetic) {
		return session.run(rule, Map.of("prefix", SYNTHETIC, "synthetic", synthetic)).single().get("id").asString();
	}

	private static String loadAverage() throws IOException {
		return Files.readString(Path.of("/proc/loadavg")).strip();
	}

}
