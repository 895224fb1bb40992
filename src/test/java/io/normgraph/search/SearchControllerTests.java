package io.normgraph.search;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import java.util.Map;

import io.normgraph.ControllerSliceTest;
import io.normgraph.graph.GraphNode;
import io.normgraph.system.BadParameterException;

import static org.mockito.BDDMockito.given;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ControllerSliceTest(SearchController.class)
class SearchControllerTests {

	static final SearchHit HIT = new SearchHit(new GraphNode("secure-std-6", List.of("Provision"), "SECURE Standard 6", Map.of()), 2.5);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	SearchService service;

	@Test
	void hits() throws Exception {
		given(this.service.search("de minimis", null, null)).willReturn(List.of(HIT));
		this.mvc.perform(get("/api/v1/search?q=de minimis"))
			.andExpect(jsonPath("$.hits[0].node.id").value("secure-std-6"))
			.andExpect(jsonPath("$.hits[0].score").value(2.5));
	}

	@Test
	void oversizedLimit() throws Exception {
		given(this.service.search("x", 1000, null)).willThrow(new BadParameterException("limit", "max 100"));
		this.mvc.perform(get("/api/v1/search?q=x&limit=1000")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("limit"));
	}

}
