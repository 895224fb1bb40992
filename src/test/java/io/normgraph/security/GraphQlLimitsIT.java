package io.normgraph.security;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import io.normgraph.EndToEndTest;
import io.normgraph.PatientGraphQlTester;

/**
 * GraphQL is read-only, and requests over the depth or complexity limits are refused before
 * they run; requests within them are answered.
 */
@EndToEndTest
class GraphQlLimitsIT {

	HttpGraphQlTester graphQl;

	@Autowired
	void graphQl(HttpGraphQlTester graphQl) {
		this.graphQl = PatientGraphQlTester.of(graphQl);
	}

	@Test
	void aQueryWithinTheLimitsIsAnswered() {
		this.graphQl.document("{ node(id: \"secure-std-1\") { source { source { id } } } }")
			.execute()
			.path("node.source.source.id")
			.entity(String.class)
			.isEqualTo("li-2008");
	}

	@Test
	void thereIsNothingToWriteThroughGraphQl() {
		this.graphQl.document("mutation { deleteNode(id: \"trips\") { id } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).contains("The 'Mutation' operation is not supported by the schema")));
	}

	@Test
	void aQueryDeeperThanTheLimitIsRefused() {
		String deep = "{ node(id: \"secure-std-1\") { " + "source { ".repeat(13) + "id" + " }".repeat(13) + " } }";
		this.graphQl.document(deep)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).contains("maximum query depth exceeded")));
	}

	@Test
	void introspectionAsDeepAsGraphiQlsIsAnsweredButNotDeepQueriesBesideIt() {
		String typeRef = "type { " + "ofType { ".repeat(9) + "name" + " }".repeat(9) + " }";
		this.graphQl.document("{ __schema { types { name fields { name " + typeRef + " } } } }")
			.execute()
			.path("__schema.types[*].name")
			.entityList(String.class)
			.contains("Query", "Node", "Graph");
		String deep = "{ __typename node(id: \"secure-std-1\") { " + "source { ".repeat(13) + "id" + " }".repeat(13)
				+ " } }";
		this.graphQl.document(deep)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).contains("maximum query depth exceeded")));
	}

	@Test
	void aQueryMoreComplexThanTheLimitIsRefused() {
		StringBuilder wide = new StringBuilder("{");
		for (int i = 0; i < 200; i++) {
			wide.append(" n").append(i).append(": node(id: \"trips\") { id name labels properties source { id name } }");
		}
		this.graphQl.document(wide.append(" }").toString())
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).contains("maximum query complexity exceeded")));
	}

}
