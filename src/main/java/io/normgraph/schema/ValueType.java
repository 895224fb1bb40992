package io.normgraph.schema;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kinds of value a property holds, each with the check a CSV cell must pass and the value
 * it is stored as. The names follow Frictionless Table Schema where it has one; its
 * {@code number}, {@code year}, {@code yearmonth} and {@code array} are read as
 * {@code decimal}, {@code date}, {@code date} and {@code list}.
 */
public enum ValueType {

	/** A short text, stored as is. */
	STRING,

	/** A long text, stored as is and searchable (the full-text index covers every text property). */
	TEXT,

	/** Whole number, stored as a 64-bit integer. */
	INTEGER,

	/** Decimal number (0.75, -3, 1e-3), stored as a double. */
	DECIMAL,

	/** true/false (also True, TRUE, 1 and False, FALSE, 0). */
	BOOLEAN,

	/** A {@link PartialDate}, stored as its string, which sorts in time. */
	DATE,

	/** A list of strings, written in a CSV cell separated by {@code ;}. */
	LIST,

	/** A node {@link Ids id}. */
	ID;

	private static final Map<String, ValueType> ALIASES = Map.of("number", DECIMAL, "year", DATE, "yearmonth", DATE,
			"array", LIST);

	private static final Pattern INTEGER_PATTERN = Pattern.compile("[+-]?[0-9]{1,18}");

	private static final Pattern DECIMAL_PATTERN = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");

	private static final List<String> TRUE = List.of("true", "True", "TRUE", "1");

	private static final List<String> FALSE = List.of("false", "False", "FALSE", "0");

	@JsonValue
	public String word() {
		return Vocabulary.word(this);
	}

	/** The type a word of the schema language names, aliases included. */
	public static Optional<ValueType> named(String word) {
		return Optional.ofNullable(ALIASES.get(word)).or(() -> Vocabulary.parse(ValueType.class, word));
	}

	public static String words() {
		return Vocabulary.words(ValueType.class);
	}

	/**
	 * The stored value of a non-empty cell.
	 * @throws IllegalArgumentException saying why the cell is not of this type
	 */
	public Object parse(String cell) {
		return switch (this) {
			case STRING, TEXT -> cell;
			case INTEGER -> {
				check(INTEGER_PATTERN.matcher(cell).matches(), cell, "is not an integer");
				yield Long.parseLong(cell.startsWith("+") ? cell.substring(1) : cell);
			}
			case DECIMAL -> {
				check(DECIMAL_PATTERN.matcher(cell).matches(), cell, "is not a decimal number (e.g. 0.75)");
				yield Double.parseDouble(cell);
			}
			case BOOLEAN -> {
				check(TRUE.contains(cell) || FALSE.contains(cell), cell, "is not a boolean (true or false)");
				yield TRUE.contains(cell);
			}
			case DATE -> {
				String problem = PartialDate.problem(cell);
				check(problem == null, cell, problem);
				yield cell;
			}
			case LIST -> Arrays.stream(cell.split(";")).map(String::strip).filter((item) -> !item.isEmpty()).toList();
			case ID -> {
				check(Ids.isValid(cell), cell, "is not " + Ids.RULE);
				yield cell;
			}
		};
	}

	private static void check(boolean valid, String cell, @org.jspecify.annotations.Nullable String problem) {
		if (!valid) {
			throw new IllegalArgumentException("'" + abbreviate(cell) + "' " + problem);
		}
	}

	/** A value short enough to quote in a message. */
	public static String abbreviate(String text) {
		return (text.length() <= 60) ? text : text.substring(0, 57) + "...";
	}

}
