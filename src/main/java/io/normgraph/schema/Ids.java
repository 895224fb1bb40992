package io.normgraph.schema;

import java.util.regex.Pattern;

/**
 * The one rule for node ids: lower-case kebab-case, at most {@link #MAX_LENGTH} characters.
 * Ids are public API: the importer, the API's parameters and corpus ids all check them here.
 */
public final class Ids {

	public static final int MAX_LENGTH = 200;

	private static final Pattern PATTERN = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	/** How the rule reads in a message. */
	public static final String RULE = "a lower-case kebab-case id such as trips-art-51";

	private Ids() {
	}

	public static boolean isValid(String value) {
		return value.length() <= MAX_LENGTH && PATTERN.matcher(value).matches();
	}

	/** The closest valid id: lower-cased, every run of other characters a hyphen (a directory name → a corpus id). */
	public static String slug(String value) {
		String slug = value.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		return (slug.length() > MAX_LENGTH) ? slug.substring(0, MAX_LENGTH).replaceAll("-+$", "") : slug;
	}

}
