package io.normgraph.corpus;

import org.jspecify.annotations.Nullable;

/**
 * Another import is being written; imports run one at a time.
 */
public class ImportInProgressException extends RuntimeException {

	public ImportInProgressException(@Nullable ImportProgress running) {
		super("Another import is running" + ((running != null)
				? " (" + running.corpus() + ", " + running.phase() + ": " + running.done() + " of about " + running.total() + ")"
				: "") + "; try again when it has finished.");
	}

}
