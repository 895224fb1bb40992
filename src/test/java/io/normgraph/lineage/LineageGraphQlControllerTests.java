package io.normgraph.lineage;

import java.util.List;

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
import io.normgraph.graph.GraphResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The GraphQL controller over the real {@link LineageService} (spied, so a test can fix its answer)
 * on a mocked {@link Neo4jClient}: the validation runs for real.
 */
@GraphQlTest(LineageGraphQlController.class)
@Import({ LineageService.class, BuiltInSchemaOnly.class })
class LineageGraphQlControllerTests {

	@Autowired
	GraphQlTester graphQl;

	@MockitoSpyBean
	LineageService lineage;

	@MockitoBean(answers = Answers.RETURNS_DEEP_STUBS)
	Neo4jClient client;

	@MockitoBean
	DerivationService derivation;

	@Test
	void lineage() {
		willReturn(new GraphResult(List.of(LineageControllerTests.G8), List.of())).given(this.lineage)
			.lineage(LineageRequest.of("secure-std-1").withDirection("downstream").withDepth(2).withFields("ALL")
				.withInferred("EXCLUDE", 0.0));
		this.graphQl.document("{ lineage(id: \"secure-std-1\", direction: DOWNSTREAM, depth: 2) { nodes { id depth path } } }")
			.execute()
			.path("lineage.nodes[0].id").entity(String.class).isEqualTo("g8-2005-declaration");
	}

	@Test
	void badDepth() {
		this.graphQl.document("{ lineage(id: \"secure-std-1\", depth: 9) { nodes { id } } }").execute().errors().satisfy((errors) -> {
			assertThat(errors.get(0).getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(errors.get(0).getExtensions()).containsEntry("parameter", "depth");
			assertThat(errors.get(0).getMessage()).isEqualTo("depth must be between 1 and 6 (was 9)");
		});
		verifyNoInteractions(this.client);
	}

	@Test
	void derived() {
		given(this.derivation.derived(LineageRequest.of("g8-2005-declaration").withFields("ALL").withInferred("EXCLUDE", 0.0))).willReturn(new Derivation(LineageControllerTests.G8,
				List.of(new Derivation.Row(LineageControllerTests.G8, List.of("a", "g8-2005-declaration")))));
		this.graphQl.document("{ derived(root: \"g8-2005-declaration\") { root { id } rows { chain } } }")
			.execute()
			.path("derived.rows[0].chain[1]").entity(String.class).isEqualTo("g8-2005-declaration");
	}

}
