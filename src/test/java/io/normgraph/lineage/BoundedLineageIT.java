package io.normgraph.lineage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import io.normgraph.Api;
import io.normgraph.EndToEndTest;
import io.normgraph.graph.Fields;
import io.normgraph.schema.SchemaRegistry;
import io.normgraph.schema.TypeRole;

import static io.normgraph.lineage.LineageIT.nodeIds;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lineage and derived-from cut at their node limit, on a fixture of their own (ids starting
 * with {@code bl-}): 30 instruments derive from {@code bl-root}, each with 3 provisions part of
 * it (which inherit its derivation downstream), and 10 more instruments derive from the first
 * ten. {@code bl-j-1} has a part {@code bl-j-1-1} with two parts of its own, and that part
 * derives from {@code bl-i-1} too, so two containment paths lead to each of its parts: 134
 * nodes and 134 relationships downstream of the root.
 */
@EndToEndTest
class BoundedLineageIT {

	static final String DOWN = "/api/v1/nodes/bl-root/lineage?direction=downstream&depth=6";

	static final int NODES = 134;

	static final int RELATIONSHIPS = 134;

	@Autowired
	Api api;

	@Autowired
	Neo4jClient client;

	@BeforeEach
	void createFixture() {
		this.client.query("""
				CREATE (root:Entity:Provision {id: 'bl-root', name: 'Root', source: 'li-2008', locator: 'bl'})
				WITH root
				UNWIND range(1, 30) AS k
				CREATE (i:Entity:Instrument {id: 'bl-i-' + k, name: 'Instrument ' + k, source: 'li-2008', locator: 'bl',
				        text: 'a long text that a minimal answer leaves out'})
				CREATE (i)-[:DERIVES_FROM {source: 'li-2008', locator: 'bl ' + k}]->(root)
				WITH i, k
				UNWIND range(1, 3) AS p
				CREATE (:Entity:Provision {id: 'bl-i-' + k + '-' + p, name: 'Article ' + p + ' of ' + k, source: 'li-2008',
				        locator: 'bl'})-[:PART_OF {source: 'li-2008', locator: 'bl'}]->(i)
				WITH DISTINCT i, k WHERE k <= 10
				CREATE (:Entity:Instrument {id: 'bl-j-' + k, name: 'Later ' + k, source: 'li-2008', locator: 'bl'})
				       -[:DERIVES_FROM {source: 'li-2008', locator: 'bl later'}]->(i)""").run();
		this.client.query("""
				MATCH (j:Entity {id: 'bl-j-1'}), (i:Entity {id: 'bl-i-1'})
				CREATE (p:Entity:Provision {id: 'bl-j-1-1', name: 'Later article', source: 'li-2008', locator: 'bl'})
				       -[:PART_OF {source: 'li-2008', locator: 'bl'}]->(j)
				CREATE (p)-[:DERIVES_FROM {source: 'li-2008', locator: 'bl article'}]->(i)
				WITH p UNWIND ['a', 'b'] AS x
				CREATE (:Entity:Provision {id: 'bl-j-1-1-' + x, name: 'Paragraph ' + x, source: 'li-2008', locator: 'bl'})
				       -[:PART_OF {source: 'li-2008', locator: 'bl'}]->(p)""").run();
	}

	@AfterEach
	void deleteFixture() {
		this.client.query("MATCH (n:Entity) WHERE n.id STARTS WITH 'bl-' DETACH DELETE n").run();
	}

	/** Also exactly at the limit, where more containment paths than parts come back. */
	@Test
	void underTheLimitNothingIsCut() {
		for (String uri : new String[] { DOWN, DOWN + "&limit=" + NODES, DOWN + "&limit=" + NODES + "&fields=minimal" }) {
			JsonNode graph = this.api.get(uri).getBody();
			assertThat(graph.get("nodes")).as(uri).hasSize(NODES);
			assertThat(graph.get("relationships")).as(uri).hasSize(RELATIONSHIPS);
			assertThat(graph.get("truncated").asBoolean()).as(uri).isFalse();
			assertThat(graph.has("omitted")).as(uri).isFalse();
		}
	}

	/** Cut inside a level (20), between the levels and the parts (35), and inside the parts (60). */
	@Test
	void aCutAnswerHasLimitNodesSaysWhatItOmittedAndHoldsTogether() {
		for (int limit : new int[] { 1, 20, 35, 60, 133 }) {
			JsonNode graph = this.api.get(DOWN + "&limit=" + limit).getBody();
			List<String> nodes = nodeIds(graph);
			assertThat(nodes).as("limit %d", limit).hasSize(limit).doesNotHaveDuplicates().contains("bl-root");
			assertThat(graph.get("truncated").asBoolean()).isTrue();
			assertThat(graph.get("omitted").get("nodes").asInt()).isEqualTo(NODES - limit);
			assertThat(graph.get("omitted").get("relationships").asInt() + graph.get("relationships").size())
				.as("limit %d", limit)
				.isEqualTo(RELATIONSHIPS);
			Set<String> linked = new HashSet<>();
			for (JsonNode relationship : graph.get("relationships")) {
				assertThat(nodes).contains(relationship.get("start").asString(), relationship.get("end").asString());
				linked.add(relationship.get("start").asString() + ">" + relationship.get("end").asString());
				linked.add(relationship.get("end").asString() + ">" + relationship.get("start").asString());
			}
			for (JsonNode node : graph.get("nodes")) {
				List<String> path = LineageIT.ids(node.get("path"));
				assertThat(path).startsWith("bl-root").endsWith(node.get("id").asString());
				assertThat(nodes).containsAll(path);
				for (int k = 1; k < path.size(); k++) {
					assertThat(linked).contains(path.get(k - 1) + ">" + path.get(k));
				}
			}
		}
	}

	@Test
	void bothDirectionsShareOneLimit() {
		// Upstream bl-i-1 reaches bl-root, downstream bl-j-1 and bl-j-1-1 with its parts: 6 nodes, 6 relationships.
		JsonNode whole = this.api.get("/api/v1/nodes/bl-i-1/lineage?direction=both&depth=6").getBody();
		assertThat(nodeIds(whole)).containsExactlyInAnyOrder("bl-i-1", "bl-root", "bl-j-1", "bl-j-1-1", "bl-j-1-1-a",
				"bl-j-1-1-b");
		assertThat(whole.get("relationships")).hasSize(6);
		JsonNode graph = this.api.get("/api/v1/nodes/bl-i-1/lineage?direction=both&depth=6&limit=2").getBody();
		assertThat(nodeIds(graph)).containsExactly("bl-i-1", "bl-root");
		assertThat(graph.get("omitted").get("nodes").asInt()).isEqualTo(4);
		assertThat(graph.get("omitted").get("relationships").asInt()).isEqualTo(5);
	}

	@Test
	void minimalFieldsAreWhatAVisualisationDrawsWithEachUnitsInstrument() {
		JsonNode graph = this.api.get(DOWN + "&fields=minimal").getBody();
		assertThat(graph.get("nodes")).hasSize(NODES);
		for (JsonNode node : graph.get("nodes")) {
			assertThat(node.propertyNames()).isSubsetOf("id", "labels", "name", "depth", "within");
		}
		assertThat(LineageIT.node(graph, "bl-i-7-2").get("within").asString()).isEqualTo("bl-i-7");
		assertThat(LineageIT.node(graph, "bl-i-7").has("within")).isFalse();
		for (JsonNode relationship : graph.get("relationships")) {
			assertThat(relationship.propertyNames()).containsExactlyInAnyOrder("id", "type", "start", "end");
		}
		JsonNode cut = this.api.get(DOWN + "&fields=minimal&limit=50").getBody();
		assertThat(cut.get("nodes")).hasSize(50);
		assertThat(cut.get("omitted").get("nodes").asInt()).isEqualTo(NODES - 50);
	}

	@Test
	void derivedFromTakesALimitToo() {
		JsonNode all = this.api.get("/api/v1/nodes/bl-root/derived").getBody();
		assertThat(all.get("rows")).hasSize(93);
		assertThat(all.get("truncated").asBoolean()).isFalse();
		JsonNode cut = this.api.get("/api/v1/nodes/bl-root/derived?limit=40").getBody();
		assertThat(cut.get("truncated").asBoolean()).isTrue();
		assertThat(cut.get("rows").size()).isLessThan(40);
		assertThat(cut.get("omitted").get("nodes").asInt()).isEqualTo(NODES - 40);
	}

	@Test
	void badLimitAndFieldsNameTheParameter() {
		assertThat(this.api.get(DOWN + "&limit=0").getBody().get("parameter").asString()).isEqualTo("limit");
		assertThat(this.api.get(DOWN + "&limit=10001").getBody().get("parameter").asString()).isEqualTo("limit");
		assertThat(this.api.get(DOWN + "&fields=ids").getBody().get("parameter").asString()).isEqualTo("fields");
	}

	/**
	 * The cut happens in the walk: with a limit of 10, the statements return at most 10 whole
	 * nodes (the rest is counted from element ids), where the unbounded walk returns all of them.
	 */
	@Test
	void theWalkLoadsNoMoreWholeNodesThanItKeeps(@Autowired SchemaRegistry schemas,
			@Autowired TransactionTemplate transactions) {
		assertThat(wholeNodesLoaded(schemas, transactions, 10, Fields.ALL)).isLessThanOrEqualTo(10);
		assertThat(wholeNodesLoaded(schemas, transactions, 10, Fields.MINIMAL)).isLessThanOrEqualTo(1);
		assertThat(wholeNodesLoaded(schemas, transactions, 1000, Fields.ALL)).isGreaterThanOrEqualTo(NODES);
	}

	private int wholeNodesLoaded(SchemaRegistry schemas, TransactionTemplate transactions, int limit, Fields fields) {
		AtomicInteger whole = new AtomicInteger();
		LineageWalk.Statements counting = (cypher, parameters) -> {
			List<Record> records = LineageWalk.Statements.of(this.client).run(cypher, parameters);
			records.forEach((record) -> record.values().forEach((value) -> whole.addAndGet(wholeNodes(value))));
			return records;
		};
		LineageTypes types = LineageTypes.of(schemas.current().typesWith(TypeRole.DERIVATION), schemas.current());
		transactions.executeWithoutResult((status) -> {
			WalkBudget budget = new WalkBudget(limit);
			new LineageWalk(counting, false, types, 6, LineageWalk.Reach.FEWEST_HOPS, budget, fields == Fields.ALL, null)
				.from("bl-root");
			budget.load(counting, fields == Fields.ALL);
		});
		return whole.get();
	}

	/** Whole nodes in a value: a node, or those of a path or list. */
	private static int wholeNodes(Value value) {
		String type = value.type().name();
		if (type.equals("NODE")) {
			return 1;
		}
		if (type.equals("PATH")) {
			return value.asPath().length();
		}
		if (type.startsWith("LIST")) {
			List<Value> items = new ArrayList<>(value.asList((item) -> item));
			return items.stream().mapToInt(BoundedLineageIT::wholeNodes).sum();
		}
		return 0;
	}

}
