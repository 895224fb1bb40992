package io.normgraph.stance;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import io.normgraph.ControllerSliceTest;
import io.normgraph.graph.NodeRef;
import io.normgraph.schema.Polarity;
import io.normgraph.system.NotFoundException;

import static org.mockito.BDDMockito.given;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ControllerSliceTest(StanceController.class)
class StanceControllerTests {

	static final NodeRef USA = new NodeRef("usa", "United States");

	static final NodeRef G8_REF = new NodeRef("secure-intro-g8-reference", "G8 reference");

	static final NodeRef WG3 = new NodeRef("wco-secure-wg-3", "SECURE WG 3");

	static final Stance STANCE = new Stance(USA, "SUPPORTS", Polarity.SUPPORT, G8_REF, WG3, "2008-04-23",
			"favoured retention", "li-2008", "IV.2.1", false, Map.of("action", "favoured retention"));

	static final Coalition COALITION = new Coalition(WG3, "SUPPORTS", Polarity.SUPPORT, G8_REF, List.of(USA, new NodeRef("jpn", "Japan")));

	@Autowired
	MockMvc mvc;

	@MockitoBean
	StanceService service;

	@Test
	void stancesOnANodeOfAnActorAndCoalitions() throws Exception {
		given(this.service.onNode("secure-intro-g8-reference", null)).willReturn(List.of(STANCE));
		given(this.service.ofActor("usa", null)).willReturn(List.of(STANCE));
		given(this.service.coalitions("wco-secure-wg-3", null)).willReturn(List.of(COALITION));
		this.mvc.perform(get("/api/v1/nodes/secure-intro-g8-reference/stances"))
			.andExpect(jsonPath("$.rows[0].actor.id").value("usa"))
			.andExpect(jsonPath("$.rows[0].stance").value("SUPPORTS"))
			.andExpect(jsonPath("$.rows[0].meeting.id").value("wco-secure-wg-3"));
		this.mvc.perform(get("/api/v1/actors/usa/stances")).andExpect(jsonPath("$.rows[0].target.id").value("secure-intro-g8-reference"));
		this.mvc.perform(get("/api/v1/coalitions?meeting=wco-secure-wg-3")).andExpect(jsonPath("$.rows[0].actors[1].id").value("jpn"));
	}

	@Test
	void unknownActor() throws Exception {
		given(this.service.ofActor("nobody", null)).willThrow(new NotFoundException("id", "nobody"));
		this.mvc.perform(get("/api/v1/actors/nobody/stances")).andExpect(status().isNotFound()).andExpect(jsonPath("$.parameter").value("id"));
	}

}
