package io.normgraph.comparison;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.mockito.BDDMockito.given;

@GraphQlTest(ComparisonGraphQlController.class)
class ComparisonGraphQlControllerTests {

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	ComparisonService comparisons;

	@Test
	void comparison() {
		given(this.comparisons.compare("wco-secure", "trips")).willReturn(ComparisonControllerTests.TABLE);
		this.graphQl.document("{ comparison(instrument: \"wco-secure\", against: \"trips\") { rows { provision { id } counterparts { number } issue } } }")
			.execute()
			.path("comparison.rows[0].counterparts[*].number").entityList(String.class).containsExactly("52", "57");
	}

}
