/**
 * Meetings and decisions in date order, and the forums an agenda was carried to (forum shopping).
 */
@NullMarked
package io.normgraph.timeline;

import org.jspecify.annotations.NullMarked;
