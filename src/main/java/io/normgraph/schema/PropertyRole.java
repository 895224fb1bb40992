package io.normgraph.schema;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a property is to normgraph's features, whatever its name.
 */
public enum PropertyRole {

	/** The verbatim text of a provision or version: compared for reuse and in diffs. */
	TEXT,

	/** A unit's number within its text (7, 41.5, III): orders comparison rows. */
	NUMBER;

	@JsonValue
	public String word() {
		return Vocabulary.word(this);
	}

}
