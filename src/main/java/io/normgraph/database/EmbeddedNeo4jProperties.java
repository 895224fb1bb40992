package io.normgraph.database;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded database. Ignored when {@code spring.neo4j.uri} points at an
 * external server.
 *
 * @param dataDirectory where the store lives; it survives restarts
 * @param listenAddress the interface Bolt and Browser bind to; localhost unless you mean to share it
 * @param boltPort Bolt port (0 picks a free one)
 * @param httpPort port of Neo4j's own HTTP server, which serves Browser (0 picks a free one)
 * @param browserEnabled whether to start that HTTP server at all
 * @param password when set, Bolt requires user {@code neo4j} with this password; when empty,
 * Bolt accepts unauthenticated connections (fine on localhost, never on a shared address)
 * @param pageCache page cache size, e.g. {@code 128m}
 * @param seed a store made by the fast start's training run (the launcher sets it), copied into an
 * empty data directory instead of creating the store and loading the bundled corpus again
 */
@ConfigurationProperties("normgraph.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("data") Path dataDirectory,
		@DefaultValue("localhost") String listenAddress, @DefaultValue("7687") int boltPort,
		@DefaultValue("7474") int httpPort, @DefaultValue("true") boolean browserEnabled, @Nullable String password,
		@DefaultValue("128m") String pageCache, @Nullable Path seed) {

	boolean authEnabled() {
		return this.password != null && !this.password.isEmpty();
	}

}
