/**
 * Ranked full-text search over names, text and summaries.
 */
@NullMarked
package io.normgraph.search;

import org.jspecify.annotations.NullMarked;
