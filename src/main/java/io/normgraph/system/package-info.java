/**
 * Cross-cutting set-up: start-up reporting, errors, web configuration, the batch commands' context.
 */
@NullMarked
package io.normgraph.system;

import org.jspecify.annotations.NullMarked;
