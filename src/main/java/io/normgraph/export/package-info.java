/**
 * Exports of the whole graph or of a subgraph around a root node as GraphML, GEXF,
 * Cytoscape.js JSON and CSV, for Gephi, Cytoscape, yEd, spreadsheets and scripts.
 */
@NullMarked
package io.normgraph.export;

import org.jspecify.annotations.NullMarked;
