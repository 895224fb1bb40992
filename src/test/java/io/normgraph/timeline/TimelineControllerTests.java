package io.normgraph.timeline;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import io.normgraph.ControllerSliceTest;
import io.normgraph.graph.NodeRef;
import io.normgraph.system.BadParameterException;

import static org.mockito.BDDMockito.given;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ControllerSliceTest(TimelineController.class)
class TimelineControllerTests {

	static final TimelineEntry ENTRY = new TimelineEntry("Meeting", "meeting", "held", "wco-policy-commission-59",
			"59th session", "2008-06-23", "2008-06-25", new NodeRef("wco-policy-commission", "WCO Policy Commission"), null,
			"Buenos Aires", null, null, "li-2008", "IV.2.2", false);

	static final ForumVisit VISIT = new ForumVisit(new NodeRef("g8", "G8"), "PURSUED_IN", "2005-07", "declaration", "li-2008", "II para 4", false);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	TimelineService service;

	@Test
	void timelineAndForums() throws Exception {
		given(this.service.timeline("wco-policy-commission", "2008-01", "2008-12", false, null)).willReturn(List.of(ENTRY));
		given(this.service.forums("ip-enforcement-agenda", null)).willReturn(List.of(VISIT));
		this.mvc.perform(get("/api/v1/timeline?forum=wco-policy-commission&from=2008-01&to=2008-12"))
			.andExpect(jsonPath("$.items[0].kind").value("Meeting"))
			.andExpect(jsonPath("$.items[0].forum.id").value("wco-policy-commission"))
			.andExpect(jsonPath("$.items[0].endDate").value("2008-06-25"));
		this.mvc.perform(get("/api/v1/nodes/ip-enforcement-agenda/forums"))
			.andExpect(jsonPath("$.rows[0].relationship").value("PURSUED_IN"))
			.andExpect(jsonPath("$.rows[0].forum.id").value("g8"));
	}

	@Test
	void malformedDate() throws Exception {
		given(this.service.timeline(null, "2008-13", null, false, null)).willThrow(new BadParameterException("from", "bad date"));
		this.mvc.perform(get("/api/v1/timeline?from=2008-13")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("from"));
	}

}
