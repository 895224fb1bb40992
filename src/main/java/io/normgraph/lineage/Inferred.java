package io.normgraph.lineage;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import io.normgraph.system.BadParameterException;

/**
 * Whether a lineage follows relationships that normgraph inferred (text reuse it detected,
 * {@code inferred: true}, docs/reuse.md) besides those a source asserts.
 */
enum Inferred {

	/** Asserted relationships only (the default): detected reuse is never mistaken for a source's claim. */
	EXCLUDE,

	/** Asserted relationships and detected reuse (the schema's reuse types) at or over {@code minScore}. */
	INCLUDE,

	/** Detected reuse at or over {@code minScore} only. */
	ONLY;

	static Inferred parse(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return EXCLUDE;
		}
		try {
			return valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadParameterException("inferred", "inferred must be exclude, include or only (not '" + value + "')");
		}
	}

	/** The lowest score of an inferred relationship followed: 0 to 1, default 0. */
	static double minScore(@Nullable Double value) {
		if (value == null) {
			return 0;
		}
		if (!(value >= 0 && value <= 1)) {
			throw new BadParameterException("minScore", "minScore must be between 0 and 1 (not " + value + ")");
		}
		return value;
	}

}
