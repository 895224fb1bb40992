package io.normgraph.reuse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * An ISO date with the precision its source gives: {@code 2008}, {@code 2008-06} or
 * {@code 2008-06-30}, taken as the interval of days it may stand for. One date is before
 * another only when its last possible day is before the other's first: {@code 2008-05} is
 * before {@code 2008-06-30}, while {@code 2008} and {@code 2008-06} do not decide.
 */
record PartialDate(long firstDay, long lastDay) {

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	/** The date, or null for no date; a value that is not a partial ISO date is an error that says why. */
	static @Nullable PartialDate parse(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		Matcher m = FORMAT.matcher(value.strip());
		if (!m.matches()) {
			throw new IllegalArgumentException(
					"'" + value + "' is not an ISO date (expected YYYY, YYYY-MM or YYYY-MM-DD)");
		}
		try {
			int year = Integer.parseInt(m.group(1));
			if (m.group(2) == null) {
				return new PartialDate(LocalDate.of(year, 1, 1).toEpochDay(), LocalDate.of(year, 12, 31).toEpochDay());
			}
			YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
			if (m.group(3) == null) {
				return new PartialDate(month.atDay(1).toEpochDay(), month.atEndOfMonth().toEpochDay());
			}
			long day = month.atDay(Integer.parseInt(m.group(3))).toEpochDay();
			return new PartialDate(day, day);
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("'" + value + "' is not a valid date: " + ex.getMessage(), ex);
		}
	}

	/** Whether this date is surely before {@code other}; false when either is unknown or they overlap. */
	static boolean before(@Nullable PartialDate date, @Nullable PartialDate other) {
		return date != null && other != null && date.lastDay < other.firstDay;
	}

}
