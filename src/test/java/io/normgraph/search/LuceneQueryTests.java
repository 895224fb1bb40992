package io.normgraph.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LuceneQueryTests {

	@Test
	void specialCharactersAndOperatorsLoseTheirMeaning() {
		assertThat(LuceneQuery.escape("a:b (c) \"d\" e* AND f")).isEqualTo("a\\:b \\(c\\) \\\"d\\\" e\\* and f");
	}

}
