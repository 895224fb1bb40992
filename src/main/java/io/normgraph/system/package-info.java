/**
 * Cross-cutting set-up: start-up reporting, errors, web configuration.
 */
@NullMarked
package io.normgraph.system;

import org.jspecify.annotations.NullMarked;
