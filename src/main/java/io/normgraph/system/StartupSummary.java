package io.normgraph.system;

import java.net.URI;
import java.net.URISyntaxException;

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
		String base = (event.getApplicationContext() instanceof WebServerApplicationContext web
				&& web.getWebServer() != null) ? "http://localhost:" + web.getWebServer().getPort() : null;
		EmbeddedNeo4jAddresses addresses = this.embedded.getIfAvailable();
		if (addresses != null) {
			logger.info("Bolt:          " + addresses.bolt() + " (embedded Neo4j, data in " + addresses.dataDirectory() + ")");
			logger.info("Neo4j Browser: " + ((addresses.browser() == null) ? "off"
					: addresses.browser() + ((base != null) ? " (guide: :play " + base + "/guide/browser)" : "")));
		}
		else {
			logger.info("Neo4j:         external server at " + withoutUserInfo(this.connection.getUri()));
		}
		if (base != null) {
			logger.info("HTTP API:      " + base + "/api/v1 (OpenAPI " + base + "/swagger-ui.html, GraphQL " + base
					+ "/graphiql)");
		}
	}

	/** The server's address without any credentials written into it. */
	static URI withoutUserInfo(URI uri) {
		if (uri.getRawUserInfo() == null) {
			return uri;
		}
		try {
			return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), uri.getQuery(),
					uri.getFragment());
		}
		catch (URISyntaxException ex) {
			return URI.create(uri.getScheme() + "://" + uri.getHost());
		}
	}

}
