package io.normgraph.timeline;

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

import io.normgraph.graph.NodeRef;
import io.normgraph.schema.BuiltInSchemaOnly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The GraphQL controller over the real {@link TimelineService} (spied, so a test can fix its answer)
 * on a mocked {@link Neo4jClient}: the validation runs for real.
 */
@GraphQlTest(TimelineGraphQlController.class)
@Import({ TimelineService.class, BuiltInSchemaOnly.class })
class TimelineGraphQlControllerTests {

	@Autowired
	GraphQlTester graphQl;

	@MockitoSpyBean
	TimelineService service;

	@MockitoBean(answers = Answers.RETURNS_DEEP_STUBS)
	Neo4jClient client;

	@Test
	void timelineAndForums() {
		willReturn(List.of(TimelineControllerTests.ENTRY)).given(this.service).timeline(null, "2008", null, false, null);
		willReturn(List.of(TimelineControllerTests.VISIT)).given(this.service).forums("ip-enforcement-agenda", null);
		this.graphQl.document("{ timeline(from: \"2008\") { kind id forum { name } } forums(id: \"ip-enforcement-agenda\") { forum { id } date } }")
			.execute()
			.path("timeline[0].forum.name").entity(String.class).isEqualTo("WCO Policy Commission")
			.path("forums[0].date").entity(String.class).isEqualTo("2005-07");
	}

	@Test
	void malformedDate() {
		this.graphQl.document("{ timeline(from: \"2008-13\") { id } }").execute().errors().satisfy((errors) -> {
			assertThat(errors.get(0).getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(errors.get(0).getExtensions()).containsEntry("parameter", "from");
		});
		verifyNoInteractions(this.client);
	}

}
