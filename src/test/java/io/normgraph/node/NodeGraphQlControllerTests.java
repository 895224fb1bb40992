package io.normgraph.node;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import io.normgraph.graph.GraphNode;
import io.normgraph.system.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.BDDMockito.given;

@GraphQlTest(NodeGraphQlController.class)
class NodeGraphQlControllerTests {

	static final GraphNode SOURCE = new GraphNode("li-2008", List.of("Source"), "Li 2008", Map.of());

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	NodeService nodes;

	@Test
	void nodeWithPropertiesAndBatchedSource() {
		given(this.nodes.find("secure-std-1", null)).willReturn(NodeControllerTests.STD_1);
		given(this.nodes.sources(anyList())).willReturn(Map.of(NodeControllerTests.STD_1, SOURCE));
		this.graphQl.document("{ node(id: \"secure-std-1\") { id labels name properties source { id } } }")
			.execute()
			.path("node.labels").entityList(String.class).containsExactly("Provision")
			.path("node.properties.locator").entity(String.class).isEqualTo("III.1.1(1)")
			.path("node.source.id").entity(String.class).isEqualTo("li-2008");
	}

	@Test
	void unknownNode() {
		given(this.nodes.find("nothing", null)).willThrow(new NotFoundException("id", "nothing"));
		this.graphQl.document("{ node(id: \"nothing\") { id } }").execute().errors().satisfy((errors) -> {
			assertThat(errors.get(0).getErrorType().toString()).isEqualTo("NOT_FOUND");
			assertThat(errors.get(0).getExtensions()).containsEntry("parameter", "id");
		});
	}

	@Test
	void nodesPage() {
		given(this.nodes.list("Provision", 0, 1, null))
			.willReturn(new NodePage(List.of(NodeControllerTests.STD_1), 0, 1, 49));
		this.graphQl.document("{ nodes(label: \"Provision\", size: 1) { items { id } total } }")
			.execute()
			.path("nodes.total").entity(Integer.class).isEqualTo(49);
	}

}
