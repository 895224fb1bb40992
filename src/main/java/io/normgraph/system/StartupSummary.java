package io.normgraph.system;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.normgraph.database.EmbeddedNeo4jAddresses;

/**
 * Says once, when the application is ready, where each of its doors is: one line each.
 */
@Component
class StartupSummary {

	private static final Log logger = LogFactory.getLog(StartupSummary.class);

	private final ObjectProvider<EmbeddedNeo4jAddresses> embedded;

	private final Neo4jConnectionDetails connection;

	StartupSummary(ObjectProvider<EmbeddedNeo4jAddresses> embedded, Neo4jConnectionDetails connection) {
		this.embedded = embedded;
		this.connection = connection;
	}

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		EmbeddedNeo4jAddresses addresses = this.embedded.getIfAvailable();
		if (addresses != null) {
			logger.info("Bolt:          " + addresses.bolt() + " (embedded Neo4j, data in " + addresses.dataDirectory() + ")");
			logger.info("Neo4j Browser: " + ((addresses.browser() != null) ? addresses.browser() : "off"));
		}
		else {
			logger.info("Neo4j:         external server at " + this.connection.getUri());
		}
		if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
			String base = "http://localhost:" + web.getWebServer().getPort();
			logger.info("HTTP API:      " + base + "/api/v1 (OpenAPI " + base + "/swagger-ui.html, GraphQL " + base
					+ "/graphiql)");
		}
	}

}
