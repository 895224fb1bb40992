/**
 * The API described for the people who call it: the OpenAPI document behind Swagger UI (what
 * normgraph is, its version and licence, every parameter with an example, the problem+json
 * errors each operation can answer) and GraphiQL, both served from the jar so they work
 * offline.
 */
@NullMarked
package io.normgraph.apidocs;

import org.jspecify.annotations.NullMarked;
