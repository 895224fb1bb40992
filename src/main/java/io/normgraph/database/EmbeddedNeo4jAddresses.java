package io.normgraph.database;

import java.net.URI;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * Where the running embedded database can be reached: the real ports, also when the
 * configured ones were 0.
 *
 * @param bolt the Bolt URI drivers, cypher-shell and Browser connect to
 * @param browser the URL that opens Neo4j Browser on this database (no-auth chosen when it needs
 * no password), or {@code null} when its HTTP server is off
 * @param dataDirectory the store's directory
 * @param createdStore whether this start created the store (the directory was absent or empty):
 * a dry run then removes it again, so it leaves nothing behind
 */
public record EmbeddedNeo4jAddresses(URI bolt, @Nullable URI browser, Path dataDirectory, boolean createdStore) {
}
