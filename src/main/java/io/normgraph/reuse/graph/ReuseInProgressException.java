package io.normgraph.reuse.graph;

import org.jspecify.annotations.Nullable;

/** Another detection run is going; runs go one at a time (REST: 409). */
public class ReuseInProgressException extends RuntimeException {

	public ReuseInProgressException(@Nullable ReuseProgress running) {
		super("Another reuse detection run is going" + ((running != null) ? " (" + running.run() + ", "
				+ running.phase() + ")" : "") + "; try again when it has finished.");
	}

}
