/**
 * Synthetic corpora in the import format, for measuring how normgraph scales: instruments
 * with provisions, a derivation DAG, cross-references, forums, meetings, decisions, actors
 * and stances, reproducible from a seed.
 */
@NullMarked
package io.normgraph.synthetic;

import org.jspecify.annotations.NullMarked;
