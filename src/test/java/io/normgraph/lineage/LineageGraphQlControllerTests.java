package io.normgraph.lineage;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import io.normgraph.graph.GraphResult;
import io.normgraph.system.BadParameterException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

@GraphQlTest(LineageGraphQlController.class)
class LineageGraphQlControllerTests {

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	LineageService lineage;

	@MockitoBean
	DerivationService derivation;

	@Test
	void lineage() {
		given(this.lineage.lineage("secure-std-1", "downstream", null, 2, null))
			.willReturn(new GraphResult(List.of(LineageControllerTests.G8), List.of()));
		this.graphQl.document("{ lineage(id: \"secure-std-1\", direction: DOWNSTREAM, depth: 2) { nodes { id depth path } } }")
			.execute()
			.path("lineage.nodes[0].id").entity(String.class).isEqualTo("g8-2005-declaration");
	}

	@Test
	void badDepth() {
		given(this.lineage.lineage("secure-std-1", "upstream", null, 9, null)).willThrow(new BadParameterException("depth", "max 6"));
		this.graphQl.document("{ lineage(id: \"secure-std-1\", depth: 9) { nodes { id } } }").execute().errors().satisfy((errors) -> {
			assertThat(errors.get(0).getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(errors.get(0).getExtensions()).containsEntry("parameter", "depth");
		});
	}

	@Test
	void derived() {
		given(this.derivation.derived("g8-2005-declaration", null)).willReturn(new Derivation(LineageControllerTests.G8,
				List.of(new Derivation.Row(LineageControllerTests.G8, List.of("a", "g8-2005-declaration")))));
		this.graphQl.document("{ derived(root: \"g8-2005-declaration\") { root { id } rows { chain } } }")
			.execute()
			.path("derived.rows[0].chain[1]").entity(String.class).isEqualTo("g8-2005-declaration");
	}

}
