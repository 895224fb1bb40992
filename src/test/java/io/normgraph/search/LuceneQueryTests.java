package io.normgraph.search;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Escaped text parses, with Lucene's own classic parser (the one behind Neo4j's full-text
 * index), into plain optional terms: no field, range, wildcard, fuzzy, phrase or operator.
 */
class LuceneQueryTests {

	@Test
	void specialCharactersAndOperatorsLoseTheirMeaning() {
		assertThat(LuceneQuery.escape("a:b (c) \"d\" e* AND f")).isEqualTo("a\\:b \\(c\\) \\\"d\\\" e\\* and f");
	}

	@Test
	void operatorWordsAreLowerCasedOnlyAsWholeWords() {
		assertThat(LuceneQuery.escape("NOT TRIPS OR TOKYO AND ANDES TO")).isEqualTo("not TRIPS or TOKYO and ANDES to");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"unbalanced", "TRIPS AND", "(", "*", "a:b", "x~2^", "OR", "\\", "[1 TO 5]",
			"' OR 1=1 //", "}) MATCH (n) DETACH DELETE n //", "+must -not !bang && || ?", "NOT de minimis" })
	void anyInputParsesToOptionalTerms(String input) throws ParseException {
		Query query = new QueryParser("text", new StandardAnalyzer()).parse(LuceneQuery.escape(input));
		String parsed = query.toString("text");
		assertThat(parsed).doesNotContain("+", "-", "*", "~", "^", "[", "\"").doesNotContainPattern("\\bTO\\b");
		if (query instanceof BooleanQuery bool) {
			assertThat(bool.clauses()).allSatisfy((clause) -> assertThat(clause.getOccur()).isEqualTo(BooleanClause.Occur.SHOULD));
		}
	}

}
