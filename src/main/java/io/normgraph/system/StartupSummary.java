package io.normgraph.system;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
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
		Integer port = (event.getApplicationContext() instanceof WebServerApplicationContext web
				&& web.getWebServer() != null) ? web.getWebServer().getPort() : null;
		lines(port).forEach(logger::info);
	}

	/** The lines, given the HTTP port ({@code null} without a web server). */
	List<String> lines(@Nullable Integer port) {
		String base = (port != null) ? "http://localhost:" + port : null;
		List<String> lines = new ArrayList<>();
		EmbeddedNeo4jAddresses addresses = this.embedded.getIfAvailable();
		if (addresses != null) {
			lines.add("Bolt:          " + addresses.bolt() + " (embedded Neo4j, data in " + addresses.dataDirectory() + ")");
			lines.add("Neo4j Browser: " + ((addresses.browser() == null) ? "off"
					: addresses.browser() + ((base != null) ? " (guide: :play " + base + "/guide/browser)" : "")));
		}
		else {
			lines.add("Neo4j:         external server at " + withoutUserInfo(this.connection.getUri()));
		}
		if (base != null) {
			lines.add("HTTP API:      " + base + "/api/v1 (OpenAPI " + base + "/swagger-ui.html, GraphQL " + base
					+ "/graphiql)");
		}
		return lines;
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
