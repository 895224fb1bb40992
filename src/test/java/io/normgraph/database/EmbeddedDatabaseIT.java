package io.normgraph.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.springframework.beans.factory.annotation.Autowired;
import io.normgraph.EndToEndTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default mode end to end: the application on its own embedded Neo4j, with migrations
 * applied, Bolt open to any driver, and Neo4j Browser served with the Bolt-over-WebSocket
 * endpoint it connects to.
 */
@EndToEndTest
class EmbeddedDatabaseIT {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@Autowired
	EmbeddedNeo4jAddresses addresses;

	@Autowired
	Neo4jClient client;

	@Autowired
	DatabaseManagementService database;

	@Test
	void healthIsUpAndReportsTheDatabase() throws Exception {
		HttpResponse<String> response = get(URI.create("http://localhost:" + this.port + "/actuator/health"),
				"application/json");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<String>read(response.body(), "$.status")).isEqualTo("UP");
		assertThat(JsonPath.<String>read(response.body(), "$.components.neo4j.status")).isEqualTo("UP");
		assertThat(JsonPath.<String>read(response.body(), "$.components.neo4j.details.server")).startsWith("5.26");
		assertThat(JsonPath.<String>read(response.body(), "$.components.neo4j.details.database")).isEqualTo("neo4j");
	}

	@Test
	void migrationsCreatedTheConstraintAndTheFulltextIndex() {
		// Neo4j-Migrations 2.3.1 silently skips everything when it runs before the driver exists.
		assertThat(this.client.query("SHOW CONSTRAINTS YIELD name RETURN name").fetchAs(String.class).all())
			.contains("entity_id", "corpus_id", "normgraph_state");
		assertThat(this.client.query("SHOW FULLTEXT INDEXES YIELD name, state RETURN name + ':' + state")
			.fetchAs(String.class)
			.all()).contains("entity_text:ONLINE");
		assertThat(this.client.query("SHOW RANGE INDEXES YIELD name, state RETURN name + ':' + state")
			.fetchAs(String.class)
			.all()).contains("staged_id:ONLINE", "entity_corpus:ONLINE");
		assertThat(this.client.query("MATCH (m:__Neo4jMigration) WHERE m.version <> 'BASELINE' RETURN count(m)")
			.fetchAs(Long.class)
			.one()).contains(migrationFiles());
	}

	private static long migrationFiles() {
		try (Stream<Path> files = Files.list(Path.of("cypher/migrations"))) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".cypher")).count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void boltStopsWithoutWaitingForQuietSeconds() {
		Config config = ((GraphDatabaseAPI) this.database.database("system")).getDependencyResolver()
			.resolveDependency(Config.class);
		// Netty's default of 5 s, waited twice, made every stop of the database 10 s longer.
		assertThat(config.get(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period)).isZero();
	}

	@Test
	void anIndependentDriverConnectsOverBolt() {
		assertThat(this.addresses.bolt().getScheme()).isEqualTo("bolt");
		assertThat(this.addresses.bolt().getPort()).isPositive();
		try (Driver driver = GraphDatabase.driver(this.addresses.bolt(), AuthTokens.none());
				Session session = driver.session()) {
			driver.verifyConnectivity();
			long count = session.run("MATCH (n:Entity {id: 'trips'}) RETURN count(n) AS c").single().get("c").asLong();
			assertThat(count).isEqualTo(1);
		}
	}

	@Test
	void browserIsServed() throws Exception {
		URI browser = this.addresses.browser();
		assertThat(browser).isNotNull();

		HttpResponse<String> page = get(browser, "text/html");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<title>Neo4j Browser</title>").contains("id=\"mount\"");
	}

	@Test
	void discoveryAdvertisesTheBoltAddress() throws Exception {
		URI root = this.addresses.browser().resolve("/");

		HttpResponse<String> discovery = get(root, "application/json");

		assertThat(discovery.statusCode()).isEqualTo(200);
		String bolt = JsonPath.read(discovery.body(), "$.bolt_direct");
		assertThat(URI.create(bolt).getPort()).isEqualTo(this.addresses.bolt().getPort());
		assertThat(URI.create(bolt).getScheme()).isEqualTo("bolt");
	}

	@Test
	void boltOverWebSocketAnswersTheHandshake() throws Exception {
		// What Browser does: a WebSocket to the Bolt port, then the Bolt handshake as one binary frame:
		// the magic preamble and four version proposals, each [reserved, range, minor, major].
		URI ws = URI.create("ws://" + this.addresses.bolt().getHost() + ":" + this.addresses.bolt().getPort() + "/");
		ByteBuffer handshake = ByteBuffer.wrap(new byte[] { 0x60, 0x60, (byte) 0xB0, 0x17, //
				0, 8, 8, 5, // 5.8 down to 5.0
				0, 2, 4, 4, // 4.4 down to 4.2
				0, 0, 0, 0, //
				0, 0, 0, 0 });
		CompletableFuture<ByteBuffer> reply = new CompletableFuture<>();
		WebSocket socket = http.newWebSocketBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.buildAsync(ws, new FirstBinaryFrame(reply))
			.get(10, TimeUnit.SECONDS);
		try {
			socket.sendBinary(handshake, true).get(5, TimeUnit.SECONDS);
			ByteBuffer agreed = reply.get(10, TimeUnit.SECONDS);

			assertThat(agreed.remaining()).isEqualTo(4);
			int version = agreed.getInt();
			assertThat(version).isNotZero();
			assertThat(version & 0xFF).as("agreed major version").isIn(4, 5);
		}
		finally {
			socket.abort();
		}
	}

	private static HttpResponse<String> get(URI uri, String accept) throws Exception {
		return http.send(HttpRequest.newBuilder(uri).header("Accept", accept).timeout(Duration.ofSeconds(10)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static final class FirstBinaryFrame implements WebSocket.Listener {

		private final CompletableFuture<ByteBuffer> reply;

		private final ByteBuffer received = ByteBuffer.allocate(64);

		FirstBinaryFrame(CompletableFuture<ByteBuffer> reply) {
			this.reply = reply;
		}

		@Override
		public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
			this.received.put(data);
			if (last || this.received.position() >= 4) {
				this.reply.complete(this.received.duplicate().flip());
			}
			webSocket.request(1);
			return null;
		}

		@Override
		public void onError(WebSocket webSocket, Throwable error) {
			this.reply.completeExceptionally(error);
		}

		@Override
		public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
			this.reply.completeExceptionally(new IllegalStateException("closed: " + statusCode + " " + reason));
			return null;
		}

	}

}
