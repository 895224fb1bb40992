package io.normgraph.lineage;

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
import io.normgraph.graph.GraphResult;

import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The controller over the real {@link LineageService} (spied, so a test can fix its answer) on
 * a mocked {@link Neo4jClient}: the validation runs for real.
 */
@ControllerSliceTest(LineageController.class)
@Import(LineageService.class)
class LineageControllerTests {

	static final GraphNode G8 = new GraphNode("g8-2005-declaration", List.of("Instrument"), "G8 2005", Map.of())
		.with("depth", 1)
		.with("path", List.of("secure-std-1", "secure-section-1", "wco-secure", "g8-2005-declaration"));

	@Autowired
	MockMvc mvc;

	@MockitoSpyBean
	LineageService lineage;

	@MockitoBean(answers = Answers.RETURNS_DEEP_STUBS)
	Neo4jClient client;

	@MockitoBean
	DerivationService derivation;

	@Test
	void lineageNodesCarryDepthAndPath() throws Exception {
		willReturn(new GraphResult(List.of(G8), List.of())).given(this.lineage)
			.lineage(LineageRequest.of("secure-std-1").withDirection("upstream")
				.withTypes(List.of("DERIVES_FROM", "CROSS_REFERENCES")).withDepth(2));
		this.mvc.perform(get("/api/v1/nodes/secure-std-1/lineage?direction=upstream&types=DERIVES_FROM,CROSS_REFERENCES&depth=2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nodes[0].depth").value(1))
			.andExpect(jsonPath("$.nodes[0].path[2]").value("wco-secure"));
	}

	@Test
	void depthOverTheMaximumNamesTheParameterAndQueriesNothing() throws Exception {
		this.mvc.perform(get("/api/v1/nodes/secure-std-1/lineage?depth=7"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.parameter").value("depth"))
			.andExpect(jsonPath("$.detail").value("depth must be between 1 and 6 (was 7)"));
		this.mvc.perform(get("/api/v1/nodes/secure-std-1/lineage?types=INSPIRED"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("types"));
		verifyNoInteractions(this.client);
	}

	@Test
	void inferredAndMinScoreOutOfTheirValuesNameTheParameterAndQueryNothing() throws Exception {
		this.mvc.perform(get("/api/v1/nodes/secure-std-1/lineage?inferred=maybe"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("inferred"))
			.andExpect(jsonPath("$.detail").value("inferred must be exclude, include or only (not 'maybe')"));
		this.mvc.perform(get("/api/v1/nodes/secure-std-1/lineage?inferred=include&minScore=1.5"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("minScore"));
		verifyNoInteractions(this.client);
	}

	@Test
	void derivedRowsWithChains() throws Exception {
		given(this.derivation.derived(LineageRequest.of("g8-2005-declaration"))).willReturn(new Derivation(G8,
				List.of(new Derivation.Row(G8, List.of("secure-std-1", "secure-section-1", "wco-secure", "g8-2005-declaration")))));
		this.mvc.perform(get("/api/v1/nodes/g8-2005-declaration/derived"))
			.andExpect(jsonPath("$.root.id").value("g8-2005-declaration"))
			.andExpect(jsonPath("$.rows[0].chain[0]").value("secure-std-1"));
	}

}
