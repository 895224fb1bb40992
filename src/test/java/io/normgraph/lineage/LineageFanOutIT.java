package io.normgraph.lineage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import tools.jackson.databind.JsonNode;

import io.normgraph.Api;
import io.normgraph.EndToEndTest;
import io.normgraph.QueryCounter;

import static io.normgraph.lineage.LineageIT.ids;
import static io.normgraph.lineage.LineageIT.node;
import static io.normgraph.lineage.LineageIT.nodeIds;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lineage and derived-from on a small graph of their own (ids starting with {@code lf-}) where
 * many paths lead to the same nodes: a ladder of six diamonds (2^k paths to layer k), a
 * shortcut into the third layer, parallel relationships, and a provision that inherits its
 * section's and instrument's lineage. Every node comes once, with its shortest depth and path.
 * <pre>
 * lf-r PART_OF lf-s PART_OF lf-i
 * DERIVES_FROM      lf-r → lf-1a (twice), lf-1b; lf-ka, lf-kb → lf-(k+1)a, lf-(k+1)b (k = 1…5)
 * CROSS_REFERENCES  lf-r → lf-1a, lf-3a
 * DERIVES_FROM      lf-s → lf-origin, lf-i → lf-origin, lf-2a → lf-origin
 * </pre>
 */
@EndToEndTest
class LineageFanOutIT {

	static final String UP = "/api/v1/nodes/lf-r/lineage?types=DERIVES_FROM,CROSS_REFERENCES,PART_OF&depth=";

	@Autowired
	Api api;

	@Autowired
	Neo4jClient client;

	@BeforeEach
	void createFixture() {
		FanOutFixture.create(this.client);
	}

	@AfterEach
	void deleteFixture() {
		FanOutFixture.delete(this.client);
	}

	@Test
	void upstreamEveryNodeOnceWithItsShortestDepthAndPath() {
		JsonNode graph = this.api.get(UP + 6).getBody();
		List<String> ids = nodeIds(graph);
		assertThat(ids).doesNotHaveDuplicates()
			.containsExactlyInAnyOrder("lf-r", "lf-s", "lf-i", "lf-origin", "lf-1a", "lf-1b", "lf-2a", "lf-2b", "lf-3a",
					"lf-3b", "lf-4a", "lf-4b", "lf-5a", "lf-5b", "lf-6a", "lf-6b");
		assertDepthAndPath(graph, "lf-r", 0, "lf-r");
		assertDepthAndPath(graph, "lf-i", 0, "lf-r", "lf-s", "lf-i");
		// Depth first, then fewer ids: through the section, not the instrument nor lf-2a (depth 3).
		assertDepthAndPath(graph, "lf-origin", 1, "lf-r", "lf-s", "lf-origin");
		assertDepthAndPath(graph, "lf-1a", 1, "lf-r", "lf-1a");
		assertDepthAndPath(graph, "lf-3a", 1, "lf-r", "lf-3a");
		assertDepthAndPath(graph, "lf-4a", 2, "lf-r", "lf-3a", "lf-4a");
		assertDepthAndPath(graph, "lf-4b", 2, "lf-r", "lf-3a", "lf-4b");
		Map<String, Integer> depths = Map.of("lf-2a", 2, "lf-2b", 2, "lf-3b", 3, "lf-5a", 3, "lf-5b", 3, "lf-6a", 4,
				"lf-6b", 4);
		Set<String> linked = linked(graph);
		depths.forEach((id, depth) -> {
			JsonNode node = node(graph, id);
			List<String> path = ids(node.get("path"));
			assertThat(node.get("depth").asInt()).as(id).isEqualTo(depth);
			assertThat(path).as(id).hasSize(depth + 1).startsWith("lf-r").endsWith(id);
			for (int k = 1; k < path.size(); k++) {
				assertThat(linked).as(id + " " + path).contains(path.get(k - 1) + ">" + path.get(k));
			}
		});
		List<Integer> order = new ArrayList<>();
		graph.get("nodes").forEach((node) -> order.add(node.get("depth").asInt()));
		assertThat(order).isSorted();
	}

	@Test
	void upstreamEveryRelationshipOfEveryPathWithinTheDepthOnce() {
		JsonNode graph = this.api.get(UP + 6).getBody();
		List<String> relationships = relationshipIds(graph);
		// All 30 of the fixture (2 PART_OF, 5 from lf-r, 20 in the ladder, 3 into lf-origin), more than
		// the shortest paths take: every node is reached in under six hops, so each is on some path.
		assertThat(relationships).doesNotHaveDuplicates().hasSize(30);
		JsonNode shallow = this.api.get(UP + 2).getBody();
		assertThat(nodeIds(shallow)).doesNotContain("lf-3b", "lf-5a").contains("lf-4a", "lf-2b");
		// Every relationship out of a node reached in fewer than two hops: lf-1a → lf-2a but not lf-2a → lf-3a.
		assertThat(relationshipIds(shallow)).contains("lf-1a|DERIVES_FROM|lf-2a|li-2008|fixture",
				"lf-r|DERIVES_FROM|lf-1a|li-2008|fixture, again", "lf-3a|DERIVES_FROM|lf-4b|li-2008|fixture",
				"lf-s|DERIVES_FROM|lf-origin|li-2008|fixture", "lf-i|DERIVES_FROM|lf-origin|li-2008|fixture")
			.doesNotContain("lf-2a|DERIVES_FROM|lf-3a|li-2008|fixture", "lf-4a|DERIVES_FROM|lf-5a|li-2008|fixture")
			.doesNotHaveDuplicates();
	}

	@Test
	void downstreamEveryNodeOnceWithItsShortestDepthAndPath() {
		JsonNode graph = this.api.get("/api/v1/nodes/lf-origin/lineage?direction=downstream&depth=6").getBody();
		assertThat(nodeIds(graph)).doesNotHaveDuplicates()
			.containsExactlyInAnyOrder("lf-origin", "lf-s", "lf-i", "lf-r", "lf-2a", "lf-1a", "lf-1b");
		assertDepthAndPath(graph, "lf-s", 1, "lf-origin", "lf-s");
		assertDepthAndPath(graph, "lf-i", 1, "lf-origin", "lf-i");
		// Inherits through its section (depth 1, fewer ids than through the instrument), not lf-1a (depth 3).
		assertDepthAndPath(graph, "lf-r", 1, "lf-origin", "lf-s", "lf-r");
		assertDepthAndPath(graph, "lf-1b", 2, "lf-origin", "lf-2a", "lf-1b");
		assertThat(relationshipIds(graph)).doesNotHaveDuplicates()
			.contains("lf-r|DERIVES_FROM|lf-1a|li-2008|fixture, again", "lf-r|PART_OF|lf-s|li-2008|fixture",
					"lf-s|PART_OF|lf-i|li-2008|fixture", "lf-r|CROSS_REFERENCES|lf-1a|li-2008|fixture");
	}

	@Test
	void derivedEveryProvisionOnceWithItsShortestChain() {
		JsonNode body = this.api.get("/api/v1/nodes/lf-origin/derived").getBody();
		List<String> provisions = new ArrayList<>();
		Map<String, List<String>> chains = new HashMap<>();
		body.get("rows").forEach((row) -> {
			provisions.add(row.get("provision").get("id").asString());
			chains.put(row.get("provision").get("id").asString(), ids(row.get("chain")));
		});
		assertThat(provisions).containsExactly("lf-1a", "lf-1b", "lf-2a", "lf-r", "lf-s");
		assertThat(chains.get("lf-r")).containsExactly("lf-r", "lf-s", "lf-origin");
		assertThat(chains.get("lf-1b")).containsExactly("lf-1b", "lf-2a", "lf-origin");
		assertThat(chains.get("lf-s")).containsExactly("lf-s", "lf-origin");
	}

	/**
	 * Lineage in one statement (fetched up front, then walked in memory); derived-from the root,
	 * then one statement per level while anything leads on, then the parts: never one per path.
	 */
	@Test
	void oneStatementPerLevel() {
		QueryCounter.reset();
		this.api.get(UP + 6);
		assertThat(QueryCounter.count()).isEqualTo(1);
		QueryCounter.reset();
		this.api.get("/api/v1/nodes/lf-origin/derived");
		// The root, levels 1 to 3 (lf-r is the last), the parts of lf-s and lf-i.
		assertThat(QueryCounter.count()).isEqualTo(5);
	}

	private static void assertDepthAndPath(JsonNode graph, String id, int depth, String... path) {
		JsonNode node = node(graph, id);
		assertThat(node.get("depth").asInt()).as(id).isEqualTo(depth);
		assertThat(ids(node.get("path"))).as(id).containsExactly(path);
	}

	/** "a>b" for each relationship, both ways: a path climbs upstream and descends downstream. */
	private static Set<String> linked(JsonNode graph) {
		Set<String> linked = new HashSet<>();
		graph.get("relationships").forEach((r) -> {
			linked.add(r.get("start").asString() + ">" + r.get("end").asString());
			linked.add(r.get("end").asString() + ">" + r.get("start").asString());
		});
		return linked;
	}

	private static List<String> relationshipIds(JsonNode graph) {
		List<String> ids = new ArrayList<>();
		graph.get("relationships").forEach((r) -> ids.add(r.get("id").asString()));
		return ids;
	}

}
