package io.normgraph.lineage;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import io.normgraph.Api;
import io.normgraph.EndToEndTest;

import static io.normgraph.Problems.assertProblem;

import static org.assertj.core.api.Assertions.assertThat;

@EndToEndTest
class LineageIT {

	@Autowired
	Api api;

	@Test
	void standardInheritsItsInstrumentsLineageUpstream() {
		JsonNode graph = this.api.get("/api/v1/nodes/secure-std-1/lineage").getBody();
		JsonNode g8 = node(graph, "g8-2005-declaration");
		assertThat(g8.get("depth").asInt()).isEqualTo(1);
		assertThat(ids(g8.get("path"))).containsExactly("secure-std-1", "secure-section-1", "wco-secure",
				"g8-2005-declaration");
		assertThat(node(graph, "wco-safe").get("depth").asInt()).isEqualTo(1);
		assertThat(node(graph, "trips-art-51").get("path").toString()).contains("secure-std-1");
		assertThat(node(graph, "secure-std-1").get("depth").asInt()).isZero();
		assertThat(graph.get("relationships").toString()).contains("\"type\":\"PART_OF\"")
			.contains("\"type\":\"DERIVES_FROM\"");
	}

	@Test
	void depthBoundsTheLineage() {
		String uri = "/api/v1/nodes/secure-intro-g8-reference/lineage?types=DERIVES_FROM&depth=";
		JsonNode graph = this.api.get(uri + 1).getBody();
		for (JsonNode node : graph.get("nodes")) {
			assertThat(node.get("depth").asInt()).isLessThanOrEqualTo(1);
		}
		assertThat(nodeIds(graph)).contains("g8-2005-declaration").doesNotContain("ip-enforcement-agenda");
		JsonNode deeper = this.api.get(uri + 2).getBody();
		assertThat(node(deeper, "ip-enforcement-agenda").get("depth").asInt()).isEqualTo(2);
	}

	@Test
	void withoutPartOfAStandardHasOnlyItsOwnLineage() {
		JsonNode graph = this.api.get("/api/v1/nodes/secure-std-1/lineage?types=DERIVES_FROM").getBody();
		assertThat(nodeIds(graph)).contains("trips-art-51").doesNotContain("g8-2005-declaration", "wco-secure");
	}

	@Test
	void downstreamOfTheG8DeclarationReachesTheStandards() {
		JsonNode graph = this.api.get("/api/v1/nodes/g8-2005-declaration/lineage?direction=downstream").getBody();
		assertThat(nodeIds(graph)).contains("wco-secure", "secure-intro-g8-reference", "secure-std-12");
		assertThat(ids(node(graph, "secure-std-12").get("path"))).containsExactly("g8-2005-declaration",
				"wco-secure", "secure-section-1", "secure-std-12");
	}

	@Test
	void derivedFromTheG8DeclarationListsEveryStandardWithItsChain() {
		JsonNode body = this.api.get("/api/v1/nodes/g8-2005-declaration/derived").getBody();
		assertThat(body.get("root").get("id").asString()).isEqualTo("g8-2005-declaration");
		List<String> provisions = new ArrayList<>();
		body.get("rows").forEach((row) -> provisions.add(row.get("provision").get("id").asString()));
		for (int i = 1; i <= 12; i++) {
			assertThat(provisions).contains("secure-std-" + i);
		}
		assertThat(provisions).contains("secure-intro-g8-reference").doesNotContain("trips-art-51");
		assertThat(provisions.indexOf("secure-std-2")).isLessThan(provisions.indexOf("secure-std-10"));
		for (JsonNode row : body.get("rows")) {
			if (row.get("provision").get("id").asString().equals("secure-std-7")) {
				assertThat(ids(row.get("chain"))).containsExactly("secure-std-7", "secure-section-1", "wco-secure",
						"g8-2005-declaration");
			}
			if (row.get("provision").get("id").asString().equals("secure-intro-g8-reference")) {
				assertThat(ids(row.get("chain"))).containsExactly("secure-intro-g8-reference", "g8-2005-declaration");
			}
		}
	}

	/**
	 * Through its instrument only: the G8 reference in SECURE's introduction derives from SAFE
	 * by way of the introduction and the instrument, never through the G8 declaration, and
	 * every chain runs from its provision to SAFE.
	 */
	@Test
	void derivedFromSafe() {
		JsonNode body = this.api.get("/api/v1/nodes/wco-safe/derived").getBody();
		List<String> provisions = new ArrayList<>();
		for (JsonNode row : body.get("rows")) {
			String provision = row.get("provision").get("id").asString();
			provisions.add(provision);
			List<String> chain = ids(row.get("chain"));
			assertThat(chain).as(provision).startsWith(provision).endsWith("wco-safe").doesNotContain("g8-2005-declaration");
			if (provision.equals("secure-intro-g8-reference")) {
				assertThat(chain).containsExactly("secure-intro-g8-reference", "secure-introduction", "wco-secure", "wco-safe");
			}
			if (provision.equals("secure-std-1")) {
				assertThat(chain).containsExactly("secure-std-1", "secure-section-1", "wco-secure", "wco-safe");
			}
		}
		assertThat(provisions).contains("secure-std-1", "secure-intro-g8-reference");
	}

	@Test
	void badInputIsRefused() {
		assertProblem(this.api.get("/api/v1/nodes/no-such-node/lineage"), 404, "id");
		assertProblem(this.api.get("/api/v1/nodes/secure-std-1/lineage?depth=7"), 400, "depth");
		assertProblem(this.api.get("/api/v1/nodes/secure-std-1/lineage?depth=0"), 400, "depth");
		assertProblem(this.api.get("/api/v1/nodes/secure-std-1/lineage?depth=two"), 400, "depth");
		assertProblem(this.api.get("/api/v1/nodes/secure-std-1/lineage?types=INSPIRED"), 400, "types");
		assertProblem(this.api.get("/api/v1/nodes/secure-std-1/lineage?types={t}", "DERIVES_FROM]->() DETACH DELETE n//"), 400,
				"types");
		assertProblem(this.api.get("/api/v1/nodes/secure-std-1/lineage?direction=sideways"), 400, "direction");
		assertProblem(this.api.get("/api/v1/nodes/no-such-node/derived"), 404, "id");
	}

	static JsonNode node(JsonNode graph, String id) {
		for (JsonNode node : graph.get("nodes")) {
			if (node.get("id").asString().equals(id)) {
				return node;
			}
		}
		throw new AssertionError(id + " not in " + nodeIds(graph));
	}

	static List<String> nodeIds(JsonNode graph) {
		List<String> ids = new ArrayList<>();
		graph.get("nodes").forEach((node) -> ids.add(node.get("id").asString()));
		return ids;
	}

	static List<String> ids(JsonNode array) {
		List<String> ids = new ArrayList<>();
		array.forEach((id) -> ids.add(id.asString()));
		return ids;
	}

}
