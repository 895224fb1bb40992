package io.normgraph.export;

import java.io.IOException;
import java.io.OutputStream;

import io.normgraph.graph.GraphResult;

/**
 * Writes a graph in one export format.
 */
interface GraphWriter {

	ExportFormat format();

	void write(GraphResult graph, OutputStream out) throws IOException;

}
