package io.normgraph.reuse.graph;

import static io.normgraph.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import tools.jackson.databind.JsonNode;

import io.normgraph.Api;
import io.normgraph.EndToEndTest;
import io.normgraph.PatientGraphQlTester;

/**
 * {@code GET /api/v1/nodes/{id}/reuse} and GraphQL {@code reuse(id:)}: what a provision or an
 * instrument reuses and what reuses it, with the other node, scores, spans and the run.
 */
@EndToEndTest
class NodeReuseIT {

	@Autowired
	Neo4jClient client;

	@Autowired
	Api api;

	HttpGraphQlTester graphQl;

	private ReuseViewFixture fixture;

	@Autowired
	void graphQl(HttpGraphQlTester graphQl) {
		this.graphQl = PatientGraphQlTester.of(graphQl);
	}

	@BeforeEach
	void createTheFixture() {
		this.fixture = new ReuseViewFixture(this.client);
		this.fixture.create();
	}

	@AfterEach
	void removeTheFixture() {
		this.fixture.remove();
	}

	@Test
	void theLaterProvisionReusesTheEarlierWithSpansInBothTextsAndTheRun() {
		JsonNode found = this.api.ok("/api/v1/nodes/{id}/reuse", ReuseViewFixture.LATER);
		assertThat(found.size()).isEqualTo(1);
		JsonNode reuse = found.get(0);
		assertThat(reuse.get("other").get("id").asString()).isEqualTo(ReuseViewFixture.EARLIER);
		assertThat(reuse.get("other").get("name").asString()).isEqualTo("Old article 1");
		assertThat(reuse.get("other").get("labels").toString()).isEqualTo("[\"Provision\"]");
		assertThat(reuse.get("other").has("text")).as("the other node is given by id, labels and name only").isFalse();
		assertThat(reuse.get("direction").asString()).isEqualTo("reuses");
		assertThat(reuse.get("later").asString()).isEqualTo(ReuseViewFixture.LATER);
		assertThat(reuse.get("earlier").asString()).isEqualTo(ReuseViewFixture.EARLIER);
		assertThat(reuse.get("level").asString()).isEqualTo("provision");
		assertThat(reuse.get("score").asDouble()).isEqualTo(0.82);
		assertThat(reuse.get("similarity").asDouble()).isEqualTo(0.55);
		assertThat(reuse.get("containment").asDouble()).isEqualTo(0.61);
		assertThat(reuse.get("directed").asBoolean()).isTrue();
		assertThat(reuse.get("laterTextProperty").asString()).isEqualTo("text");
		assertThat(reuse.get("source").asString()).isEqualTo(ReuseViewFixture.RUN);
		assertThat(reuse.get("locator").asString()).isEqualTo(ReuseViewFixture.RUN);
		JsonNode span = reuse.get("spans").get(0);
		assertThat(reuse.get("spans").size()).isEqualTo(1);
		assertThat(ReuseViewFixture.LATER_TEXT.substring(span.get("laterStart").asInt(), span.get("laterEnd").asInt()))
			.isEqualTo(ReuseViewFixture.PASSAGE);
		assertThat(ReuseViewFixture.EARLIER_TEXT.substring(span.get("earlierStart").asInt(), span.get("earlierEnd").asInt()))
			.isEqualTo(ReuseViewFixture.PASSAGE);
	}

	@Test
	void theEarlierProvisionIsReusedByTheLater() {
		JsonNode found = this.api.ok("/api/v1/nodes/{id}/reuse", ReuseViewFixture.EARLIER);
		assertThat(found.size()).isEqualTo(1);
		assertThat(found.get(0).get("direction").asString()).isEqualTo("reusedBy");
		assertThat(found.get(0).get("other").get("id").asString()).isEqualTo(ReuseViewFixture.LATER);
		assertThat(found.get(0).get("later").asString()).isEqualTo(ReuseViewFixture.LATER);
		assertThat(found.get(0).get("spans").get(0).get("earlierStart").asInt())
			.isEqualTo(ReuseViewFixture.earlierSpan().get(0));
	}

	@Test
	void anInstrumentShowsItsRollUpWithoutSpans() {
		JsonNode found = this.api.ok("/api/v1/nodes/{id}/reuse", "nrv-new");
		assertThat(found.size()).isEqualTo(1);
		assertThat(found.get(0).get("level").asString()).isEqualTo("instrument");
		assertThat(found.get(0).get("other").get("id").asString()).isEqualTo("nrv-old");
		assertThat(found.get(0).get("score").asDouble()).isEqualTo(0.4);
		assertThat(found.get(0).get("spans").size()).isZero();
	}

	@Test
	void aNodeWithoutReuseHasNoneAndAnUnknownIdIsNotFound() {
		assertThat(this.api.ok("/api/v1/nodes/{id}/reuse", ReuseViewFixture.LONELY).size()).isZero();
		assertProblem(this.api.get("/api/v1/nodes/{id}/reuse", "nrv-no-such-node"), 404, "id");
		assertProblem(this.api.get("/api/v1/nodes/{id}/reuse", "bad id!"), 400, "id");
	}

	@Test
	void graphQlAnswersTheSame() {
		this.graphQl
			.document("{ reuse(id: \"" + ReuseViewFixture.LATER
					+ "\") { other { id name } direction level score containment spans { laterStart laterEnd earlierStart earlierEnd } source locator } }")
			.execute()
			.path("reuse[0].other.id").entity(String.class).isEqualTo(ReuseViewFixture.EARLIER)
			.path("reuse[0].direction").entity(String.class).isEqualTo("reuses")
			.path("reuse[0].score").entity(Double.class).isEqualTo(0.82)
			.path("reuse[0].spans[0].laterStart").entity(Integer.class).isEqualTo(ReuseViewFixture.laterSpan().get(0))
			.path("reuse[0].spans[0].earlierEnd").entity(Integer.class).isEqualTo(ReuseViewFixture.earlierSpan().get(1))
			.path("reuse[0].source").entity(String.class).isEqualTo(ReuseViewFixture.RUN);
		this.graphQl.document("{ reuse(id: \"" + ReuseViewFixture.LONELY + "\") { level } }").execute()
			.path("reuse").entityList(Object.class).hasSize(0);
		this.graphQl.document("{ reuse(id: \"nrv-no-such-node\") { level } }").execute()
			.errors().satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND")));
	}

}
