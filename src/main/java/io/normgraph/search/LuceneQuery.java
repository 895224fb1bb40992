package io.normgraph.search;

import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.lucene.queryparser.classic.QueryParser;

/**
 * Makes caller text safe for Lucene's query parser: every special character is escaped by
 * Lucene's own {@link QueryParser#escape}, and the operator words AND, OR, NOT (and TO, of
 * ranges), which escaping leaves alone, lose their meaning by being lower-cased, so any input is
 * a plain query of terms and never a parse error.
 */
final class LuceneQuery {

	private static final Pattern OPERATOR = Pattern.compile("\\b(AND|OR|NOT|TO)\\b");

	private LuceneQuery() {
	}

	static String escape(String text) {
		return OPERATOR.matcher(QueryParser.escape(text)).replaceAll((match) -> match.group(1).toLowerCase(Locale.ROOT));
	}

}
