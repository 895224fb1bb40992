package io.normgraph.diff;

/**
 * One aligned stretch of a word-level diff: characters {@code [fromStart, fromEnd)} of the first
 * text against {@code [toStart, toEnd)} of the second. An insert is empty on the from side and
 * a delete on the to side; the empty side's offsets say where the change sits.
 */
public record DiffSegment(Kind kind, int fromStart, int fromEnd, int toStart, int toEnd) {

	public enum Kind {

		/** The same words on both sides. */
		EQUAL,

		/** Words only in the second text. */
		INSERT,

		/** Words only in the first text. */
		DELETE,

		/** Words of the first text replaced by other words in the second. */
		REPLACE

	}

}
