package io.normgraph.search;

import java.util.regex.Pattern;

/**
 * Makes caller text safe for Lucene's query parser: every special character is escaped and
 * the operator words AND, OR, NOT lose their meaning, so any input is a plain query of terms
 * and never a parse error.
 */
final class LuceneQuery {

	private static final Pattern SPECIAL = Pattern.compile("([+\\-&|!(){}\\[\\]^\"~*?:\\\\/])");

	private static final Pattern OPERATOR = Pattern.compile("\\b(AND|OR|NOT|TO)\\b");

	private LuceneQuery() {
	}

	static String escape(String text) {
		String escaped = SPECIAL.matcher(text).replaceAll("\\\\$1");
		return OPERATOR.matcher(escaped).replaceAll((match) -> match.group(1).toLowerCase());
	}

}
