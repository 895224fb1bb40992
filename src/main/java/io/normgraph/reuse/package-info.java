/**
 * Text reuse between provisions of different instruments, independent of the graph: cheap
 * candidates from an inverted index of rare winnowed word shingles, then verification by seeded,
 * banded Smith-Waterman alignment over words that yields the reused spans, a similarity, a
 * containment and a score; boilerplate shingles found by document frequency and ignored;
 * incremental runs that compare only what involves new provisions. See docs/reuse.md.
 */
@NullMarked
package io.normgraph.reuse;

import org.jspecify.annotations.NullMarked;
