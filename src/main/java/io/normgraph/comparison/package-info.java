/**
 * One instrument compared provision by provision against another (the paper's Table 1).
 */
@NullMarked
package io.normgraph.comparison;

import org.jspecify.annotations.NullMarked;
