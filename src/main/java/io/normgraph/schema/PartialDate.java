package io.normgraph.schema;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date at the precision its source gives: a year ({@code 2008}), a month ({@code 2008-06}) or
 * a day ({@code 2008-06-30}), ISO 8601. Stored as the string itself, which sorts in time (a year
 * sorts before its months, a month before its days).
 */
public final class PartialDate {

	/** How the rule reads in a message. */
	public static final String RULE = "an ISO date of the form 2008, 2008-06 or 2008-06-30";

	private static final Pattern PATTERN = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	private PartialDate() {
	}

	/**
	 * @return why the value is not a partial date, or {@code null} when it is one
	 */
	public static @org.jspecify.annotations.Nullable String problem(String value) {
		Matcher matcher = PATTERN.matcher(value);
		if (!matcher.matches()) {
			return "is not " + RULE;
		}
		try {
			int year = Integer.parseInt(matcher.group(1));
			if (matcher.group(3) != null) {
				LocalDate.of(year, Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
			}
			else if (matcher.group(2) != null) {
				YearMonth.of(year, Integer.parseInt(matcher.group(2)));
			}
			return null;
		}
		catch (DateTimeException ex) {
			return "is not a date (" + ex.getMessage() + ")";
		}
	}

	public static boolean isValid(String value) {
		return problem(value) == null;
	}

	/** The first day the date can mean: 2008 → 2008-01-01, 2008-06 → 2008-06-01. */
	public static LocalDate earliest(String value) {
		return switch (value.length()) {
			case 4 -> LocalDate.of(Integer.parseInt(value), 1, 1);
			case 7 -> YearMonth.parse(value).atDay(1);
			default -> LocalDate.parse(value);
		};
	}

	/** The last day the date can mean: 2008 → 2008-12-31, 2008-06 → 2008-06-30. */
	public static LocalDate latest(String value) {
		return switch (value.length()) {
			case 4 -> LocalDate.of(Integer.parseInt(value), 12, 31);
			case 7 -> YearMonth.parse(value).atEndOfMonth();
			default -> LocalDate.parse(value);
		};
	}

}
