package io.normgraph.timeline;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

import io.normgraph.ControllerSliceTest;
import io.normgraph.EmptyDatabase;
import io.normgraph.graph.NodeRef;

import static org.hamcrest.Matchers.startsWith;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The controller over the real {@link TimelineService} (spied, so a test can fix its answer) on a
 * mocked {@link Neo4jClient} that finds nothing: the validation and the not-found rule run
 * for real.
 */
@ControllerSliceTest(TimelineController.class)
@Import(TimelineService.class)
class TimelineControllerTests {

	static final TimelineEntry ENTRY = new TimelineEntry("Meeting", "meeting", "held", "wco-policy-commission-59",
			"59th session", "2008-06-23", "2008-06-25", new NodeRef("wco-policy-commission", "WCO Policy Commission"), null,
			"Buenos Aires", null, null, "li-2008", "IV.2.2", false);

	static final ForumVisit VISIT = new ForumVisit(new NodeRef("g8", "G8"), "PURSUED_IN", "2005-07", "declaration", "li-2008", "II para 4", false);

	@Autowired
	MockMvc mvc;

	@MockitoSpyBean
	TimelineService service;

	@MockitoBean(answers = Answers.RETURNS_DEEP_STUBS)
	Neo4jClient client;

	@Test
	void timelineAndForums() throws Exception {
		willReturn(List.of(ENTRY)).given(this.service).timeline("wco-policy-commission", "2008-01", "2008-12", false, null);
		willReturn(List.of(VISIT)).given(this.service).forums("ip-enforcement-agenda", null);
		this.mvc.perform(get("/api/v1/timeline?forum=wco-policy-commission&from=2008-01&to=2008-12"))
			.andExpect(jsonPath("$.items[0].kind").value("Meeting"))
			.andExpect(jsonPath("$.items[0].forum.id").value("wco-policy-commission"))
			.andExpect(jsonPath("$.items[0].endDate").value("2008-06-25"));
		this.mvc.perform(get("/api/v1/nodes/ip-enforcement-agenda/forums"))
			.andExpect(jsonPath("$.rows[0].relationship").value("PURSUED_IN"))
			.andExpect(jsonPath("$.rows[0].forum.id").value("g8"));
	}

	@Test
	void malformedDatesAndRangesAreRefusedBeforeAnyQuery() throws Exception {
		this.mvc.perform(get("/api/v1/timeline?from=2008-13"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("from"))
			.andExpect(jsonPath("$.detail").value(startsWith("from is not a date (")));
		this.mvc.perform(get("/api/v1/timeline?to=June 2008"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("to"));
		this.mvc.perform(get("/api/v1/timeline?from=2009&to=2008"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("from"));
		verifyNoInteractions(this.client);
	}

	@Test
	void unknownNodeHasNoForums() throws Exception {
		EmptyDatabase.findsNothing(this.client);
		this.mvc.perform(get("/api/v1/nodes/nothing/forums"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.parameter").value("id"));
	}

}
