package io.normgraph.node;

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

import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The controller over the real {@link NodeService} (spied, so a test can fix its answer) on a
 * mocked {@link Neo4jClient} that finds nothing: the validation and the not-found rule run
 * for real.
 */
@ControllerSliceTest(NodeController.class)
@Import(NodeService.class)
class NodeControllerTests {

	static final GraphNode STD_1 = new GraphNode("secure-std-1", List.of("Provision", "Entity"), "SECURE Standard 1",
			Map.of("source", "li-2008", "locator", "III.1.1(1)", "number", "1"));

	@Autowired
	MockMvc mvc;

	@MockitoSpyBean
	NodeService nodes;

	@MockitoBean(answers = Answers.RETURNS_DEEP_STUBS)
	Neo4jClient client;

	@Test
	void nodeIsFlattened() throws Exception {
		willReturn(STD_1).given(this.nodes).find("secure-std-1", null);
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
		this.mvc.perform(get("/api/v1/nodes/nothing"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.parameter").value("id"))
			.andExpect(jsonPath("$.detail").value(containsString("nothing")));
	}

	@Test
	void pageAndBadSize() throws Exception {
		willReturn(new NodePage(List.of(STD_1), 0, 1, 49)).given(this.nodes).list("Provision", 0, 1, null, null);
		this.mvc.perform(get("/api/v1/nodes?label=Provision&page=0&size=1"))
			.andExpect(jsonPath("$.items[0].id").value("secure-std-1"))
			.andExpect(jsonPath("$.total").value(49));
	}

	@Test
	void badSizeLabelAndIdAreRefusedBeforeAnyQuery() throws Exception {
		this.mvc.perform(get("/api/v1/nodes?label=Provision&size=201"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("size"))
			.andExpect(jsonPath("$.detail").value("size must be between 1 and 200 (was 201)"));
		this.mvc.perform(get("/api/v1/nodes?label=Person"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("label"));
		this.mvc.perform(get("/api/v1/nodes/Not_An_Id"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("id"));
		verifyNoInteractions(this.client);
		this.mvc.perform(get("/api/v1/nodes?label=Provision&page=x"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.parameter").value("page"));
	}

	@Test
	void neighbourhoodIsAGraph() throws Exception {
		willReturn(new GraphResult(List.of(STD_1), List.of())).given(this.nodes).neighbourhood("secure-std-1", null, null, null);
		this.mvc.perform(get("/api/v1/nodes/secure-std-1/neighbourhood"))
			.andExpect(jsonPath("$.nodes[0].id").value("secure-std-1"))
			.andExpect(jsonPath("$.relationships").isArray());
	}

}
