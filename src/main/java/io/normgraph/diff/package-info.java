/**
 * The word-level diff between two texts: aligned segments (equal, insert, delete, replace) with
 * character offsets in both, shared by text versions and the text-reuse side-by-side view.
 */
@NullMarked
package io.normgraph.diff;

import org.jspecify.annotations.NullMarked;
