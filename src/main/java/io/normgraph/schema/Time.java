package io.normgraph.schema;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a date property places its fact in time, for as-of queries and the timeline.
 */
public enum Time {

	/**
	 * The fact begins, or the event happens, on this date: it is not part of the graph as of an
	 * earlier date. With several, the earliest given counts.
	 */
	START,

	/**
	 * The fact stops holding after this date (a membership ends, a treaty is terminated). On an
	 * event (a label whose role is meeting or decision) it is the day the event closed, and the
	 * event stays part of the graph after it.
	 */
	END;

	@JsonValue
	public String word() {
		return Vocabulary.word(this);
	}

}
