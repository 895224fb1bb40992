package io.normgraph.database;

import java.net.URI;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Starts an embedded Neo4j with Bolt (and Browser over HTTP) unless an external server is
 * configured, and points Spring Boot's driver at it. Because the connection details depend on
 * the database, the database starts before anything that talks to it and stops after.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

	/** Whether this start found the data directory absent or empty (set when the database is built). */
	private boolean createdStore;

	@Bean(destroyMethod = "shutdown")
	DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jProperties properties, Environment environment,
			ObjectProvider<EarlyNeo4jStart.Starting> early) {
		EarlyNeo4jStart.Starting starting = early.getIfAvailable();
		EmbeddedNeo4jStart.Started started = (starting != null) ? starting.take(properties, environment)
				: EmbeddedNeo4jStart.start(properties, environment);
		this.createdStore = started.createdStore();
		return started.service();
	}

	/**
	 * The database the driver reads and writes, for the reads that run in this process without
	 * Bolt between them (a lineage's one statement).
	 */
	@Bean
	GraphDatabaseService embeddedGraph(DatabaseManagementService embeddedNeo4j) {
		return embeddedNeo4j.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
	}

	@Bean
	EmbeddedNeo4jAddresses embeddedNeo4jAddresses(DatabaseManagementService embeddedNeo4j,
			EmbeddedNeo4jProperties properties) {
		ConnectorPortRegister ports = ((GraphDatabaseAPI) embeddedNeo4j
			.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)).getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class);
		HostnamePort bolt = ports.getLocalAddress(ConnectorType.BOLT);
		HostnamePort http = properties.browserEnabled() ? ports.getLocalAddress(ConnectorType.HTTP) : null;
		URI boltUri = URI.create("bolt://" + bolt.getHost() + ":" + bolt.getPort());
		return new EmbeddedNeo4jAddresses(boltUri,
				(http != null) ? NeoBrowserSettings.url(http.getHost(), http.getPort(), boltUri, properties.authEnabled())
						: null,
				properties.dataDirectory().toAbsolutePath(), this.createdStore);
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4jAddresses addresses,
			EmbeddedNeo4jProperties properties) {
		AuthToken auth = properties.authEnabled() ? AuthTokens.basic("neo4j", properties.password())
				: AuthTokens.none();
		return new Neo4jConnectionDetails() {

			@Override
			public URI getUri() {
				return addresses.bolt();
			}

			@Override
			public AuthToken getAuthToken() {
				return auth;
			}

		};
	}

}
