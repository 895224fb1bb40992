package io.normgraph.reuse.graph;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import io.normgraph.ControllerSliceTest;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The run endpoints' answers when there is nothing to show, over a service that has run nothing. */
@ControllerSliceTest(ReuseController.class)
class ReuseControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ReuseService service;

	@MockitoBean
	ReuseAcceptance acceptance;

	@Test
	void theCurrentRunBeforeAnyRanIsNotFoundSayingSo() throws Exception {
		given(this.service.latest()).willReturn(Optional.empty());
		this.mvc.perform(get(ReuseController.CURRENT))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("No reuse detection run since the server started"))
			.andExpect(jsonPath("$.parameter").value("run"));
	}

}
