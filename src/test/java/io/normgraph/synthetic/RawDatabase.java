package io.normgraph.synthetic;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import io.normgraph.schema.BuiltInSchema;
import io.normgraph.search.SearchIndex;

/**
 * A bare embedded Neo4j for the baseline: the same version, page cache and schema as
 * normgraph's (the project's migrations, and the full-text index normgraph creates from the
 * built-in schema, {@link SearchIndex}), in its own directory, reached over Bolt by a plain
 * driver with none of normgraph's code in the way. Deleted on close.
 */
final class RawDatabase implements AutoCloseable {

	private final Path directory;

	private final DatabaseManagementService service;

	private final Driver driver;

	RawDatabase(Path directory, String pageCache) throws IOException {
		this.directory = directory;
		this.service = new DatabaseManagementServiceBuilder(directory.toAbsolutePath())
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("localhost", 0))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(HttpConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
			.setConfig(GraphDatabaseSettings.tx_state_memory_allocation, GraphDatabaseSettings.TransactionStateMemoryAllocation
				.valueOf(System.getProperty("benchmark.raw.tx-state", "ON_HEAP")))
			.setConfig(GraphDatabaseSettings.tx_state_max_off_heap_memory, 0L)
			.build();
		HostnamePort bolt = ((GraphDatabaseAPI) this.service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME))
			.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		this.driver = GraphDatabase.driver(URI.create("bolt://" + bolt.getHost() + ":" + bolt.getPort()), AuthTokens.none());
		applyMigrations();
	}

	Driver driver() {
		return this.driver;
	}

	private void applyMigrations() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("cypher/migrations")); Session session = this.driver.session()) {
			for (Path file : files.sorted().toList()) {
				for (String statement : Files.readString(file).split(";")) {
					String cypher = statement.lines().filter((line) -> !line.strip().startsWith("//"))
						.reduce("", (a, b) -> a + "\n" + b).strip();
					if (!cypher.isEmpty()) {
						session.run(cypher).consume();
					}
				}
			}
			// normgraph keeps its full-text index from the schema at start (SearchIndex), not in a migration.
			session.run(SearchIndex.create(BuiltInSchema.get().searchableProperties())).consume();
			session.run("CALL db.awaitIndexes(300)").consume();
		}
	}

	@Override
	public void close() throws IOException {
		this.driver.close();
		this.service.shutdown();
		try (Stream<Path> all = Files.walk(this.directory)) {
			all.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
	}

}
