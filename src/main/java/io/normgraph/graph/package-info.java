/**
 * The one shape every graph result takes, {@code {nodes, relationships}}, so that a
 * visualisation needs one adapter for REST, GraphQL and exports alike.
 */
@NullMarked
package io.normgraph.graph;

import org.jspecify.annotations.NullMarked;
