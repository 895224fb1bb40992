package io.normgraph.node;

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
import io.normgraph.system.NotFoundException;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ControllerSliceTest(NodeController.class)
class NodeControllerTests {

	static final GraphNode STD_1 = new GraphNode("secure-std-1", List.of("Provision", "Entity"), "SECURE Standard 1",
			Map.of("source", "li-2008", "locator", "III.1.1(1)", "number", "1"));

	@Autowired
	MockMvc mvc;

	@MockitoBean
	NodeService nodes;

	@Test
	void nodeIsFlattened() throws Exception {
		given(this.nodes.find("secure-std-1", null)).willReturn(STD_1);
		this.mvc.perform(get("/api/v1/nodes/secure-std-1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value("secure-std-1"))
			.andExpect(jsonPath("$.labels[0]").value("Provision"))
			.andExpect(jsonPath("$.labels.length()").value(1))
			.andExpect(jsonPath("$.source").value("li-2008"))
			.andExpect(jsonPath("$.locator").value("III.1.1(1)"));
	}

	@Test
	void unknownIdIsA404Problem() throws Exception {
		given(this.nodes.find("nothing", null)).willThrow(new NotFoundException("id", "nothing"));
		this.mvc.perform(get("/api/v1/nodes/nothing"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.parameter").value("id"));
	}

	@Test
	void pageAndBadSize() throws Exception {
		given(this.nodes.list("Provision", 0, 1, null)).willReturn(new NodePage(List.of(STD_1), 0, 1, 49));
		this.mvc.perform(get("/api/v1/nodes?label=Provision&page=0&size=1"))
			.andExpect(jsonPath("$.items[0].id").value("secure-std-1"))
			.andExpect(jsonPath("$.total").value(49));
		given(this.nodes.list("Provision", null, 201, null)).willThrow(new BadParameterException("size", "too big"));
		this.mvc.perform(get("/api/v1/nodes?label=Provision&size=201"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("size"));
		this.mvc.perform(get("/api/v1/nodes?label=Provision&page=x"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.parameter").value("page"));
	}

	@Test
	void neighbourhoodIsAGraph() throws Exception {
		given(this.nodes.neighbourhood("secure-std-1", null)).willReturn(new GraphResult(List.of(STD_1), List.of()));
		this.mvc.perform(get("/api/v1/nodes/secure-std-1/neighbourhood"))
			.andExpect(jsonPath("$.nodes[0].id").value("secure-std-1"))
			.andExpect(jsonPath("$.relationships").isArray());
	}

}
