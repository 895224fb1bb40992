/**
 * Who supported or opposed what, at which meeting; coalitions of actors taking the same stance.
 */
@NullMarked
package io.normgraph.stance;

import org.jspecify.annotations.NullMarked;
