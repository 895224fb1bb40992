package io.normgraph.export;

import java.io.IOException;
import java.io.OutputStream;

import io.normgraph.graph.GraphNode;
import io.normgraph.graph.GraphRelationship;

/**
 * Writes a graph in one export format as it is read: the declarations first, then each node,
 * then each relationship, each written as it comes, so that nothing but the current row is held.
 */
interface GraphWriter {

	ExportFormat format();

	/** Writes the beginning of the file (declaring {@code columns}) and flushes it. */
	GraphSink open(OutputStream out, ExportColumns columns) throws IOException;

	/**
	 * One file being written. Every node comes before the first relationship; after
	 * {@link #finish} the file is complete (the stream is flushed, not closed).
	 */
	interface GraphSink {

		void node(GraphNode node) throws IOException;

		void relationship(GraphRelationship relationship) throws IOException;

		void finish() throws IOException;

	}

}
