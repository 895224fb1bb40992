package io.normgraph.node;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import io.normgraph.Api;
import io.normgraph.EndToEndTest;

import static io.normgraph.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

@EndToEndTest
class NodeIT {

	@Autowired
	Api api;

	@Test
	void nodeWithLabelsPropertiesAndProvenance() {
		JsonNode node = this.api.get("/api/v1/nodes/secure-std-1").getBody();
		assertThat(node.get("id").asString()).isEqualTo("secure-std-1");
		assertThat(node.get("labels").toString()).isEqualTo("[\"Provision\"]");
		assertThat(node.get("name").asString()).isEqualTo("SECURE Standard 1");
		assertThat(node.get("source").asString()).isEqualTo("li-2008");
		assertThat(node.get("locator").asString()).isNotEmpty();
		assertThat(node.get("number").asString()).isEqualTo("1");
	}

	@Test
	void listsPageThroughALabel() {
		JsonNode first = this.api.get("/api/v1/nodes?label=Provision&page=0&size=10").getBody();
		assertThat(first.get("items")).hasSize(10);
		assertThat(first.get("total").asInt()).isEqualTo(49);
		assertThat(first.get("page").asInt()).isZero();
		assertThat(first.get("size").asInt()).isEqualTo(10);
		JsonNode last = this.api.get("/api/v1/nodes?label=Provision&page=4&size=10").getBody();
		assertThat(last.get("items")).hasSize(9);
		JsonNode filtered = this.api.get("/api/v1/nodes?label=Actor&name=china").getBody();
		assertThat(filtered.toString()).contains("\"chn\"");
	}

	@Test
	void neighbourhoodHasTheNodeAndItsNeighbours() {
		JsonNode graph = this.api.get("/api/v1/nodes/secure-std-4/neighbourhood").getBody();
		assertThat(graph.get("nodes").toString()).contains("\"trips-art-52\"", "\"trips-art-57\"",
				"\"secure-section-1\"");
		assertThat(graph.get("relationships").toString()).contains("\"start\":\"secure-std-4\"",
				"\"end\":\"trips-art-57\"");
	}

	@Test
	void badInputIsRefused() {
		assertProblem(this.api.get("/api/v1/nodes/no-such-node"), 404, "id");
		assertProblem(this.api.get("/api/v1/nodes/no-such-node/neighbourhood"), 404, "id");
		assertProblem(this.api.get("/api/v1/nodes?label=Person"), 400, "label");
		assertProblem(this.api.get("/api/v1/nodes?label={l}", "Provision`) DETACH DELETE (n"), 400, "label");
		assertProblem(this.api.get("/api/v1/nodes?label=Provision&size=201"), 400, "size");
		assertProblem(this.api.get("/api/v1/nodes?label=Provision&page=-1"), 400, "page");
		assertProblem(this.api.get("/api/v1/nodes?label=Provision&size=big"), 400, "size");
		assertProblem(this.api.get("/api/v1/nodes/{id}", "x' OR 1=1"), 400, "id");
	}

}
