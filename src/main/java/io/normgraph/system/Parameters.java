package io.normgraph.system;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Checks shared by every feature, so REST and GraphQL refuse the same input the same way
 * before anything reaches the database.
 */
public final class Parameters {

	private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	private static final int MAX_ID_LENGTH = 200;

	private Parameters() {
	}

	/** A stable id: lower-case kebab-case, as the corpus format defines it. */
	public static String id(@Nullable String value, String parameter) {
		if (value == null || value.isBlank()) {
			throw new BadParameterException(parameter, parameter + " is required");
		}
		if (value.length() > MAX_ID_LENGTH || !ID.matcher(value).matches()) {
			throw new BadParameterException(parameter,
					parameter + " must be a lower-case kebab-case id such as 'wco-secure'");
		}
		return value;
	}

	/** An optional id. */
	public static @Nullable String optionalId(@Nullable String value, String parameter) {
		return (value == null || value.isEmpty()) ? null : id(value, parameter);
	}

	/** An ISO date of partial precision: 2008, 2008-06 or 2008-06-30. */
	public static @Nullable String optionalDate(@Nullable String value, String parameter) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		var matcher = DATE.matcher(value);
		if (!matcher.matches()) {
			throw new BadParameterException(parameter,
					parameter + " must be an ISO date of the form 2008, 2008-06 or 2008-06-30");
		}
		try {
			int year = Integer.parseInt(matcher.group(1));
			if (matcher.group(3) != null) {
				LocalDate.of(year, Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
			}
			else if (matcher.group(2) != null) {
				YearMonth.of(year, Integer.parseInt(matcher.group(2)));
			}
		}
		catch (DateTimeException ex) {
			throw new BadParameterException(parameter, parameter + " is not a valid date: " + ex.getMessage());
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
