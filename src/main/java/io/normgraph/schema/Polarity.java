package io.normgraph.schema;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which way a stance goes.
 */
public enum Polarity {

	SUPPORT, OPPOSITION, NEUTRAL;

	@JsonValue
	public String word() {
		return Vocabulary.word(this);
	}

}
