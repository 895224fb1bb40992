package io.normgraph.reuse;

/**
 * What a run reports as it goes, on the calling thread, once per chunk of provisions: so that a
 * command or an API can show how far it has got.
 */
public interface RunProgress {

	/** Reports nowhere. */
	RunProgress NONE = new RunProgress() {
	};

	/** The first pass has read and indexed this many provisions. */
	default void indexed(long provisions) {
	}

	/**
	 * The second pass has compared {@code done} of the {@code total} provisions it compares
	 * against the index, and found {@code findings} so far.
	 */
	default void compared(long done, long total, long findings) {
	}

}
