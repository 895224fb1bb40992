package io.normgraph.system;

import org.jspecify.annotations.Nullable;

import io.normgraph.schema.Ids;
import io.normgraph.schema.PartialDate;

/**
 * Checks shared by every feature, so REST and GraphQL refuse the same input the same way
 * before anything reaches the database.
 */
public final class Parameters {

	private Parameters() {
	}

	/** A stable id: lower-case kebab-case, as the corpus format defines it. */
	public static String id(@Nullable String value, String parameter) {
		if (value == null || value.isBlank()) {
			throw new BadParameterException(parameter, parameter + " is required");
		}
		if (!Ids.isValid(value)) {
			throw new BadParameterException(parameter,
					parameter + " must be " + Ids.RULE);
		}
		return value;
	}

	/** An optional id. */
	public static @Nullable String optionalId(@Nullable String value, String parameter) {
		return (value == null || value.isEmpty()) ? null : id(value, parameter);
	}

	/** An ISO date of partial precision: 2008, 2008-06 or 2008-06-30 ({@link PartialDate}). */
	public static @Nullable String optionalDate(@Nullable String value, String parameter) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		String problem = PartialDate.problem(value);
		if (problem != null) {
			throw new BadParameterException(parameter, parameter + " " + problem);
		}
		return value;
	}

	/** An integer within bounds, or the default when absent. */
	public static int bounded(@Nullable Integer value, int defaultValue, int min, int max, String parameter) {
		if (value == null) {
			return defaultValue;
		}
		if (value < min || value > max) {
			throw new BadParameterException(parameter,
					parameter + " must be between " + min + " and " + max + " (was " + value + ")");
		}
		return value;
	}

}
