package io.normgraph.node;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import io.normgraph.schema.BuiltInSchemaOnly;
import io.normgraph.graph.GraphNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The GraphQL controller over the real {@link NodeService} (spied, so a test can fix its answer)
 * on a mocked {@link Neo4jClient} that finds nothing: the validation and the not-found rule
 * run for real.
 */
@GraphQlTest(NodeGraphQlController.class)
@Import({ NodeService.class, BuiltInSchemaOnly.class })
class NodeGraphQlControllerTests {

	static final GraphNode SOURCE = new GraphNode("li-2008", List.of("Source"), "Li 2008", Map.of());

	@Autowired
	GraphQlTester graphQl;

	@MockitoSpyBean
	NodeService nodes;

	@MockitoBean(answers = Answers.RETURNS_DEEP_STUBS)
	Neo4jClient client;

	@Test
	void nodeWithPropertiesAndBatchedSource() {
		willReturn(NodeControllerTests.STD_1).given(this.nodes).find("secure-std-1", null);
		willReturn(Map.of(NodeControllerTests.STD_1, SOURCE)).given(this.nodes).sources(anyList());
		this.graphQl.document("{ node(id: \"secure-std-1\") { id labels name properties source { id } } }")
			.execute()
			.path("node.labels").entityList(String.class).containsExactly("Provision")
			.path("node.properties.locator").entity(String.class).isEqualTo("III.1.1(1)")
			.path("node.source.id").entity(String.class).isEqualTo("li-2008");
	}

	@Test
	void unknownNode() {
		this.graphQl.document("{ node(id: \"nothing\") { id } }").execute().errors().satisfy((errors) -> {
			assertThat(errors.get(0).getErrorType().toString()).isEqualTo("NOT_FOUND");
			assertThat(errors.get(0).getExtensions()).containsEntry("parameter", "id");
		});
	}

	@Test
	void nodesPage() {
		willReturn(new NodePage(List.of(NodeControllerTests.STD_1), 0, 1, 49)).given(this.nodes)
			.list("Provision", 0, 1, null, null);
		this.graphQl.document("{ nodes(label: \"Provision\", size: 1) { items { id } total } }")
			.execute()
			.path("nodes.total").entity(Integer.class).isEqualTo(49);
	}

	@Test
	void badSizeIsRefusedBeforeAnyQuery() {
		this.graphQl.document("{ nodes(label: \"Provision\", size: 500) { total } }").execute().errors().satisfy((errors) -> {
			assertThat(errors.get(0).getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(errors.get(0).getExtensions()).containsEntry("parameter", "size");
		});
		verifyNoInteractions(this.client);
	}

}
