package io.normgraph.search;

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
import io.normgraph.graph.GraphNode;

import static org.mockito.BDDMockito.willReturn;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The controller over the real {@link SearchService} (spied, so a test can fix its answer) on a
 * mocked {@link Neo4jClient}: the validation run
 * for real.
 */
@ControllerSliceTest(SearchController.class)
@Import(SearchService.class)
class SearchControllerTests {

	static final SearchHit HIT = new SearchHit(new GraphNode("secure-std-6", List.of("Provision"), "SECURE Standard 6", Map.of()), 2.5);

	@Autowired
	MockMvc mvc;

	@MockitoSpyBean
	SearchService service;

	@MockitoBean(answers = Answers.RETURNS_DEEP_STUBS)
	Neo4jClient client;

	@Test
	void hits() throws Exception {
		willReturn(new SearchHits(List.of(HIT), 0)).given(this.service).search(SearchRequest.of("de minimis"));
		this.mvc.perform(get("/api/v1/search?q=de minimis"))
			.andExpect(jsonPath("$.hits[0].node.id").value("secure-std-6"))
			.andExpect(jsonPath("$.hits[0].score").value(2.5));
	}

	@Test
	void oversizedLimitAndMissingQueryAreRefusedBeforeAnyQuery() throws Exception {
		this.mvc.perform(get("/api/v1/search?q=x&limit=1000"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("limit"))
			.andExpect(jsonPath("$.detail").value("limit must be between 1 and 100 (was 1000)"));
		this.mvc.perform(get("/api/v1/search").param("q", " ")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("q"));
		this.mvc.perform(get("/api/v1/search").param("q", "x".repeat(501)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("q"));
		verifyNoInteractions(this.client);
	}

}
