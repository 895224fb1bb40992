package io.normgraph.lineage;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import io.normgraph.ControllerSliceTest;
import io.normgraph.graph.GraphNode;
import io.normgraph.graph.GraphResult;
import io.normgraph.system.BadParameterException;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ControllerSliceTest(LineageController.class)
class LineageControllerTests {

	static final GraphNode G8 = new GraphNode("g8-2005-declaration", List.of("Instrument"), "G8 2005", Map.of())
		.with("depth", 1)
		.with("path", List.of("secure-std-1", "secure-section-1", "wco-secure", "g8-2005-declaration"));

	@Autowired
	MockMvc mvc;

	@MockitoBean
	LineageService lineage;

	@MockitoBean
	DerivationService derivation;

	@Test
	void lineageNodesCarryDepthAndPath() throws Exception {
		given(this.lineage.lineage("secure-std-1", "upstream", List.of("DERIVES_FROM", "CROSS_REFERENCES"), 2, null))
			.willReturn(new GraphResult(List.of(G8), List.of()));
		this.mvc.perform(get("/api/v1/nodes/secure-std-1/lineage?direction=upstream&types=DERIVES_FROM,CROSS_REFERENCES&depth=2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nodes[0].depth").value(1))
			.andExpect(jsonPath("$.nodes[0].path[2]").value("wco-secure"));
	}

	@Test
	void depthOverTheMaximumNamesTheParameter() throws Exception {
		given(this.lineage.lineage("secure-std-1", null, null, 7, null)).willThrow(new BadParameterException("depth", "max 6"));
		this.mvc.perform(get("/api/v1/nodes/secure-std-1/lineage?depth=7"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.parameter").value("depth"));
	}

	@Test
	void derivedRowsWithChains() throws Exception {
		given(this.derivation.derived("g8-2005-declaration", null)).willReturn(new Derivation(G8,
				List.of(new Derivation.Row(G8, List.of("secure-std-1", "secure-section-1", "wco-secure", "g8-2005-declaration")))));
		this.mvc.perform(get("/api/v1/nodes/g8-2005-declaration/derived"))
			.andExpect(jsonPath("$.root.id").value("g8-2005-declaration"))
			.andExpect(jsonPath("$.rows[0].chain[0]").value("secure-std-1"));
	}

}
