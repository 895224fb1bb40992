package io.normgraph.corpus;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The kinds of value a CSV cell can hold, each with the check a cell must pass.
 */
enum ValueType {

	/** Free text, stored as is. */
	TEXT,

	/** A node id: lower-case kebab-case. */
	ID,

	/** Decimal digits, stored as an integer. */
	INTEGER,

	/** ISO 8601 at the source's precision (2008, 2008-06, 2008-06-30), stored as a string that sorts in time. */
	DATE;

	static final Pattern ID_PATTERN = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern INTEGER_PATTERN = Pattern.compile("-?[0-9]{1,18}");

	/**
	 * The stored value of a non-empty cell.
	 * @throws IllegalArgumentException saying why the cell is not of this type
	 */
	Object parse(String cell) {
		return switch (this) {
			case TEXT -> cell;
			case ID -> {
				if (!ID_PATTERN.matcher(cell).matches()) {
					throw new IllegalArgumentException(
							"'" + abbreviate(cell) + "' is not an id (lower-case kebab-case, e.g. trips-art-51)");
				}
				yield cell;
			}
			case INTEGER -> {
				if (!INTEGER_PATTERN.matcher(cell).matches()) {
					throw new IllegalArgumentException("'" + abbreviate(cell) + "' is not an integer");
				}
				yield Long.parseLong(cell);
			}
			case DATE -> {
				checkDate(cell);
				yield cell;
			}
		};
	}

	private static void checkDate(String cell) {
		try {
			switch (cell.length()) {
				case 4 -> {
					if (!cell.chars().allMatch(Character::isDigit)) {
						throw new DateTimeParseException("not a year", cell, 0);
					}
				}
				case 7 -> YearMonth.parse(cell);
				case 10 -> LocalDate.parse(cell);
				default -> throw new DateTimeParseException("wrong length", cell, 0);
			}
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(
					"'" + abbreviate(cell) + "' is not a date (use 2008, 2008-06 or 2008-06-30)");
		}
	}

	static String abbreviate(String text) {
		return (text.length() <= 60) ? text : text.substring(0, 57) + "...";
	}

}
