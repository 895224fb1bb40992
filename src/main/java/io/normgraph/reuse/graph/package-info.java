/**
 * Text reuse in the graph: reads the provisions and their texts by the schema's roles, runs the
 * detection engine ({@link io.normgraph.reuse}) over them, keeps what it finds as inferred
 * {@code REUSES} relationships apart from what sources assert (one transaction per run, so a
 * killed run leaves nothing), and runs it from the command line, after imports and from the API.
 * See docs/reuse.md.
 */
@NullMarked
package io.normgraph.reuse.graph;

import org.jspecify.annotations.NullMarked;
