package io.normgraph.stance;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import io.normgraph.graph.NodeRef;
import io.normgraph.system.NotFoundException;

import static org.mockito.BDDMockito.given;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@GraphQlTest(StanceGraphQlController.class)
class StanceGraphQlControllerTests {

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	StanceService service;

	@Test
	void stancesAndCoalitions() {
		given(this.service.onNode("secure-intro-g8-reference", null)).willReturn(List.of(StanceControllerTests.STANCE));
		given(this.service.ofActor("usa", null)).willReturn(List.of(StanceControllerTests.STANCE));
		given(this.service.coalitions(null, null)).willReturn(List.of(StanceControllerTests.COALITION));
		this.graphQl.document("{ stances(id: \"secure-intro-g8-reference\") { actor { id } stance meeting { name } } actorStances(id: \"usa\") { target { id } } coalitions { actors { id } } }")
			.execute()
			.path("stances[0].stance").entity(String.class).isEqualTo("SUPPORTS")
			.path("actorStances[0].target.id").entity(String.class).isEqualTo("secure-intro-g8-reference")
			.path("coalitions[0].actors[*].id").entityList(String.class).containsExactly("usa", "jpn");
	}

	@Test
	void unknownNode() {
		given(this.service.onNode("nothing", null)).willThrow(new NotFoundException("id", "nothing"));
		this.graphQl.document("{ stances(id: \"nothing\") { stance } }").execute().errors().satisfy((errors) ->
				assertThat(errors.get(0).getErrorType().toString()).isEqualTo("NOT_FOUND"));
	}

}
