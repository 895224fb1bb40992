package io.normgraph.database;

import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.springframework.core.env.Environment;

/** Starts the embedded database with the application's settings (in the bean, or early: {@link EarlyNeo4jStart}). */
final class EmbeddedNeo4jStart {

	/**
	 * @param service the running database
	 * @param createdStore whether this start found the data directory absent or empty
	 */
	record Started(DatabaseManagementService service, boolean createdStore) {
	}

	private EmbeddedNeo4jStart() {
	}

	static Started start(EmbeddedNeo4jProperties properties, Environment environment) {
		boolean createdStore = DataDirectory.prepare(properties.dataDirectory());
		Path seed = properties.seed();
		if (createdStore && seed != null
				&& environment.getProperty("normgraph.corpus.load-bundled", Boolean.class, true)) {
			SeedStore.copy(seed, properties.dataDirectory().toAbsolutePath());
		}
		SocketAddress bolt = new SocketAddress(properties.listenAddress(), properties.boltPort());
		SocketAddress http = new SocketAddress(properties.listenAddress(), properties.httpPort());
		DatabaseManagementService service = new DatabaseManagementServiceBuilder(
				properties.dataDirectory().toAbsolutePath())
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, bolt)
			.setConfig(BoltConnector.advertised_address, bolt)
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(HttpConnector.enabled, properties.browserEnabled())
			.setConfig(HttpConnector.listen_address, http)
			.setConfig(HttpConnector.advertised_address, http)
			.setConfig(HttpsConnector.enabled, false)
			.setConfig(NeoBrowserSettings.of(environment.getProperty("server.address")))
			.setConfig(GraphDatabaseSettings.auth_enabled, properties.authEnabled())
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache()))
			.setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
			// Bolt's event loops wait for 5 quiet seconds each when they stop (Netty's graceful shutdown):
			// every stop of the database, and so every command, took 10 s more. Our own driver is closed first.
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
			.build();
		if (properties.authEnabled()) {
			InitialPassword.apply(service, properties.password());
		}
		return new Started(service, createdStore);
	}

}
