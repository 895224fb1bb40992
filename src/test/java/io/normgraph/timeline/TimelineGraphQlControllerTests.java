package io.normgraph.timeline;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import io.normgraph.graph.NodeRef;
import io.normgraph.system.BadParameterException;

import static org.mockito.BDDMockito.given;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@GraphQlTest(TimelineGraphQlController.class)
class TimelineGraphQlControllerTests {

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	TimelineService service;

	@Test
	void timelineAndForums() {
		given(this.service.timeline(null, "2008", null, false, null)).willReturn(List.of(TimelineControllerTests.ENTRY));
		given(this.service.forums("ip-enforcement-agenda", null)).willReturn(List.of(TimelineControllerTests.VISIT));
		this.graphQl.document("{ timeline(from: \"2008\") { kind id forum { name } } forums(id: \"ip-enforcement-agenda\") { forum { id } date } }")
			.execute()
			.path("timeline[0].forum.name").entity(String.class).isEqualTo("WCO Policy Commission")
			.path("forums[0].date").entity(String.class).isEqualTo("2005-07");
	}

	@Test
	void malformedDate() {
		given(this.service.timeline(null, "2008-13", null, false, null)).willThrow(new BadParameterException("from", "bad date"));
		this.graphQl.document("{ timeline(from: \"2008-13\") { id } }").execute().errors().satisfy((errors) ->
				assertThat(errors.get(0).getExtensions()).containsEntry("parameter", "from"));
	}

}
