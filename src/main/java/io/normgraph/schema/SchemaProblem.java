package io.normgraph.schema;

/**
 * Something wrong with a schema declaration.
 *
 * @param line the 1-based line of the YAML file it was found at (0 when unknown)
 * @param message what is wrong and what is allowed
 */
public record SchemaProblem(int line, String message) {
}
