/**
 * The graph as of a date: the {@code asOf} parameter, the rule by which a dated fact holds on a
 * day (in Cypher and for partial dates), and the marking of undated facts.
 */
@NullMarked
package io.normgraph.time;

import org.jspecify.annotations.NullMarked;
