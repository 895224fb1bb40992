package io.normgraph.stance;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import io.normgraph.EmptyDatabase;
import io.normgraph.graph.NodeRef;
import io.normgraph.schema.BuiltInSchemaOnly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The GraphQL controller over the real {@link StanceService} (spied, so a test can fix its answer)
 * on a mocked {@link Neo4jClient} that finds nothing: the validation and the not-found rule
 * run for real.
 */
@GraphQlTest(StanceGraphQlController.class)
@Import({ StanceService.class, BuiltInSchemaOnly.class })
class StanceGraphQlControllerTests {

	@Autowired
	GraphQlTester graphQl;

	@MockitoSpyBean
	StanceService service;

	@MockitoBean(answers = Answers.RETURNS_DEEP_STUBS)
	Neo4jClient client;

	@Test
	void stancesAndCoalitions() {
		willReturn(List.of(StanceControllerTests.STANCE)).given(this.service).onNode("secure-intro-g8-reference", null);
		willReturn(List.of(StanceControllerTests.STANCE)).given(this.service).ofActor("usa", null);
		willReturn(List.of(StanceControllerTests.COALITION)).given(this.service).coalitions(null, null);
		this.graphQl.document("{ stances(id: \"secure-intro-g8-reference\") { actor { id } stance meeting { name } } actorStances(id: \"usa\") { target { id } } coalitions { actors { id } } }")
			.execute()
			.path("stances[0].stance").entity(String.class).isEqualTo("SUPPORTS")
			.path("actorStances[0].target.id").entity(String.class).isEqualTo("secure-intro-g8-reference")
			.path("coalitions[0].actors[*].id").entityList(String.class).containsExactly("usa", "jpn");
	}

	@Test
	void unknownNode() {
		EmptyDatabase.findsNothing(this.client);
		this.graphQl.document("{ stances(id: \"nothing\") { stance } }").execute().errors().satisfy((errors) -> {
			assertThat(errors.get(0).getErrorType().toString()).isEqualTo("NOT_FOUND");
			assertThat(errors.get(0).getExtensions()).containsEntry("parameter", "id");
		});
	}

}
