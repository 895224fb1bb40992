package io.normgraph.search;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import java.util.Map;

import io.normgraph.graph.GraphNode;
import io.normgraph.system.BadParameterException;

import static org.mockito.BDDMockito.given;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@GraphQlTest(SearchGraphQlController.class)
class SearchGraphQlControllerTests {

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	SearchService service;

	@Test
	void hits() {
		given(this.service.search(SearchRequest.of("de minimis").withLimit(3).withFields("ALL")))
			.willReturn(new SearchHits(List.of(SearchControllerTests.HIT), 0));
		this.graphQl.document("{ search(q: \"de minimis\", limit: 3) { hits { node { id } score } truncated } }")
			.execute()
			.path("search.hits[0].node.id").entity(String.class).isEqualTo("secure-std-6")
			.path("search.hits[0].score").entity(Double.class).satisfies((score) -> assertThat(score).isEqualTo(2.5));
	}

}
