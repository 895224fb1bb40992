package io.normgraph.explorer;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import io.normgraph.EndToEndTest;
import io.normgraph.stance.StanceService;

import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Against the bundled corpus. */
@EndToEndTest
class StanceBatchControllerIT {

	@Autowired
	private MockMvc mvc;

	@Test
	void stancesOnSeveralNodesInOneRequest() throws Exception {
		this.mvc.perform(get("/explorer/stances").param("ids", "secure-intro-g8-reference,wco-secure,no-such-node"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[?(@.target.id == 'secure-intro-g8-reference' && @.stance == 'SUPPORTS')].actor.id",
					hasItems("jpn", "usa")))
			.andExpect(jsonPath("$.rows[?(@.target.id == 'wco-secure')]").isNotEmpty())
			.andExpect(jsonPath("$.rows[0].source").value("li-2008"))
			.andExpect(jsonPath("$.rows[0].locator").isNotEmpty());
	}

	@Test
	void noIdsNoRows() throws Exception {
		this.mvc.perform(get("/explorer/stances")).andExpect(status().isOk()).andExpect(jsonPath("$.rows", hasSize(0)));
	}

	@Test
	void tooManyIdsIsABadParameter() throws Exception {
		String ids = IntStream.rangeClosed(0, StanceService.MAX_IDS).mapToObj((i) -> "n-" + i)
			.collect(Collectors.joining(","));
		this.mvc.perform(get("/explorer/stances").param("ids", ids))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("ids"));
	}

}
