package io.normgraph.corpus;

/**
 * An import ran out of heap. What it had staged is removed, so the graph is as it was; the
 * message says in one line which setting to raise.
 */
public class ImportOutOfMemoryException extends RuntimeException {

	ImportOutOfMemoryException(OutOfMemoryError cause) {
		super("The import ran out of memory (" + cause.getMessage() + ") and changed nothing. Its memory does not grow "
				+ "with the corpus, so the heap is too small for normgraph itself: raise it with -Xmx (now "
				+ Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB; e.g. java -Xmx2g -jar normgraph.jar import …).",
				cause);
	}

}
