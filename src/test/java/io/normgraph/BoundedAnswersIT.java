package io.normgraph;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Neighbourhood and search cut at their limit, over REST and GraphQL (lineage and derived-from:
 * {@code io.normgraph.lineage.BoundedLineageIT}). The neighbourhood fixture is a hub
 * ({@code bn-hub}) with 30 neighbours, one of them linked to it twice.
 */
@EndToEndTest
class BoundedAnswersIT {

	@Autowired
	Api api;

	@Autowired
	Neo4jClient client;

	@BeforeEach
	void createFixture() {
		this.client.query("""
				CREATE (hub:Entity:Instrument {id: 'bn-hub', name: 'Hub', source: 'li-2008', locator: 'bn'})
				WITH hub
				UNWIND range(10, 39) AS k
				CREATE (p:Entity:Provision {id: 'bn-' + k, name: 'Spoke ' + k, source: 'li-2008', locator: 'bn',
				        text: 'a text the minimal answer leaves out'})
				CREATE (p)-[:PART_OF {source: 'li-2008', locator: 'bn'}]->(hub)
				WITH hub, p, k WHERE k = 39
				CREATE (p)-[:DERIVES_FROM {source: 'li-2008', locator: 'bn twice'}]->(hub)""").run();
	}

	@AfterEach
	void deleteFixture() {
		this.client.query("MATCH (n:Entity) WHERE n.id STARTS WITH 'bn-' DETACH DELETE n").run();
	}

	@Test
	void neighbourhoodKeepsTheFirstNeighboursByIdAndCountsTheRest() {
		JsonNode all = this.api.get("/api/v1/nodes/bn-hub/neighbourhood").getBody();
		assertThat(all.get("nodes")).hasSize(31);
		assertThat(all.get("relationships")).hasSize(31);
		assertThat(all.get("truncated").asBoolean()).isFalse();

		JsonNode cut = this.api.get("/api/v1/nodes/bn-hub/neighbourhood?limit=10").getBody();
		assertThat(ids(cut.get("nodes"))).containsExactly("bn-hub", "bn-10", "bn-11", "bn-12", "bn-13", "bn-14", "bn-15",
				"bn-16", "bn-17", "bn-18", "bn-19");
		assertThat(cut.get("truncated").asBoolean()).isTrue();
		assertThat(cut.get("omitted").get("nodes").asInt()).isEqualTo(20);
		assertThat(cut.get("omitted").get("relationships").asInt()).isEqualTo(21);

		JsonNode minimal = this.api.get("/api/v1/nodes/bn-hub/neighbourhood?limit=2&fields=minimal").getBody();
		assertThat(minimal.get("nodes").get(1).propertyNames()).containsExactlyInAnyOrder("id", "labels", "name");
		assertThat(minimal.get("relationships").get(0).propertyNames()).containsExactlyInAnyOrder("id", "type", "start",
				"end");
		assertThat(this.api.get("/api/v1/nodes/bn-hub/neighbourhood?limit=0").getBody().get("parameter").asString())
			.isEqualTo("limit");
	}

	@Test
	void searchSaysHowManyHitsItLeftOut() {
		JsonNode all = this.api.get("/api/v1/search?q=spoke&limit=100").getBody();
		int total = all.get("hits").size();
		assertThat(total).isGreaterThanOrEqualTo(30);
		assertThat(all.get("truncated").asBoolean()).isFalse();
		JsonNode cut = this.api.get("/api/v1/search?q=spoke&limit=7&fields=minimal").getBody();
		assertThat(cut.get("hits")).hasSize(7);
		assertThat(cut.get("truncated").asBoolean()).isTrue();
		assertThat(cut.get("omitted").get("nodes").asInt()).isEqualTo(total - 7);
		assertThat(cut.get("hits").get(0).get("node").propertyNames()).containsExactlyInAnyOrder("id", "labels", "name");
	}

	@Test
	void graphQlSaysTheSame(@Autowired HttpGraphQlTester graphQl) {
		int total = this.api.get("/api/v1/search?q=spoke&limit=100").getBody().get("hits").size();
		graphQl.document("""
				{ neighbourhood(id: "bn-hub", limit: 10, fields: MINIMAL) { nodes { id } truncated omitted { nodes relationships } }
				  search(q: "spoke", limit: 7) { hits { node { id } } truncated omitted { nodes } } }""")
			.execute()
			.path("neighbourhood.nodes").entityList(Object.class).hasSize(11)
			.path("neighbourhood.truncated").entity(Boolean.class).isEqualTo(true)
			.path("neighbourhood.omitted.relationships").entity(Integer.class).isEqualTo(21)
			.path("search.truncated").entity(Boolean.class).isEqualTo(true)
			.path("search.omitted.nodes").entity(Integer.class).isEqualTo(total - 7);
	}

	private static List<String> ids(JsonNode nodes) {
		List<String> ids = new ArrayList<>();
		nodes.forEach((node) -> ids.add(node.get("id").asString()));
		return ids;
	}

}
