/**
 * The database normgraph runs on: an embedded, persistent Neo4j started with the application
 * (the default), or any external Neo4j 5 when {@code spring.neo4j.uri} is set.
 */
@NullMarked
package io.normgraph.database;

import org.jspecify.annotations.NullMarked;
