package io.normgraph.stance;

import java.util.List;
import java.util.Map;

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
import io.normgraph.schema.Polarity;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The controller over the real {@link StanceService} (spied, so a test can fix its answer) on a
 * mocked {@link Neo4jClient} that finds nothing: the validation and the not-found rule run
 * for real.
 */
@ControllerSliceTest(StanceController.class)
@Import(StanceService.class)
class StanceControllerTests {

	static final NodeRef USA = new NodeRef("usa", "United States");

	static final NodeRef G8_REF = new NodeRef("secure-intro-g8-reference", "G8 reference");

	static final NodeRef WG3 = new NodeRef("wco-secure-wg-3", "SECURE WG 3");

	static final Stance STANCE = new Stance(USA, "SUPPORTS", Polarity.SUPPORT, G8_REF, WG3, "2008-04-23",
			"favoured retention", "li-2008", "IV.2.1", false, Map.of("action", "favoured retention"));

	static final Coalition COALITION = new Coalition(WG3, "SUPPORTS", Polarity.SUPPORT, G8_REF, List.of(USA, new NodeRef("jpn", "Japan")));

	@Autowired
	MockMvc mvc;

	@MockitoSpyBean
	StanceService service;

	@MockitoBean(answers = Answers.RETURNS_DEEP_STUBS)
	Neo4jClient client;

	@Test
	void stancesOnANodeOfAnActorAndCoalitions() throws Exception {
		willReturn(List.of(STANCE)).given(this.service).onNode("secure-intro-g8-reference", null);
		willReturn(List.of(STANCE)).given(this.service).ofActor("usa", null);
		willReturn(List.of(COALITION)).given(this.service).coalitions("wco-secure-wg-3", null);
		this.mvc.perform(get("/api/v1/nodes/secure-intro-g8-reference/stances"))
			.andExpect(jsonPath("$.rows[0].actor.id").value("usa"))
			.andExpect(jsonPath("$.rows[0].stance").value("SUPPORTS"))
			.andExpect(jsonPath("$.rows[0].meeting.id").value("wco-secure-wg-3"));
		this.mvc.perform(get("/api/v1/actors/usa/stances")).andExpect(jsonPath("$.rows[0].target.id").value("secure-intro-g8-reference"));
		this.mvc.perform(get("/api/v1/coalitions?meeting=wco-secure-wg-3")).andExpect(jsonPath("$.rows[0].actors[1].id").value("jpn"));
	}

	@Test
	void unknownActorIsNotFound() throws Exception {
		EmptyDatabase.findsNothing(this.client);
		this.mvc.perform(get("/api/v1/actors/nobody/stances"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.parameter").value("id"))
			.andExpect(jsonPath("$.detail").value(containsString("nobody")));
	}

	@Test
	void malformedIdsAreRefusedBeforeAnyQuery() throws Exception {
		this.mvc.perform(get("/api/v1/actors/No_Body/stances"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("id"));
		this.mvc.perform(get("/api/v1/coalitions?meeting=WG 3"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("meeting"));
		verifyNoInteractions(this.client);
	}

}
