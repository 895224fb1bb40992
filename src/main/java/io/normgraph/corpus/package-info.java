/**
 * Corpora in CSV (see import/README.md): parsing, validation against the schema and the graph,
 * and an all-or-nothing, idempotent write. The bundled WCO SECURE corpus loads at first start.
 */
@NullMarked
package io.normgraph.corpus;

import org.jspecify.annotations.NullMarked;
