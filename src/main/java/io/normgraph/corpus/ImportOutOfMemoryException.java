package io.normgraph.corpus;

import io.normgraph.system.MemoryFaults;

/**
 * An import ran out of heap. What it had staged is removed, so the graph is as it was; the
 * message says so in one line, with the setting to raise ({@link MemoryFaults}).
 */
public class ImportOutOfMemoryException extends RuntimeException {

	ImportOutOfMemoryException(OutOfMemoryError cause) {
		super(MemoryFaults.describe(cause, "The import", false) + " Nothing was changed: an import's memory does not "
				+ "grow with the corpus, so this heap is too small for normgraph itself.", cause);
	}

}
