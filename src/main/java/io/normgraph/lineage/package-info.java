/**
 * Lineage of any node upstream or downstream, and every provision derived from a root.
 */
@NullMarked
package io.normgraph.lineage;

import org.jspecify.annotations.NullMarked;
