/**
 * Nodes by id, lists per label and a node's direct neighbourhood, with their provenance.
 */
@NullMarked
package io.normgraph.node;

import org.jspecify.annotations.NullMarked;
