package io.normgraph.lineage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Transaction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.neo4j.core.Neo4jClient;
import tools.jackson.databind.json.JsonMapper;

import io.normgraph.LongRunning;
import io.normgraph.QueryCounter;
import io.normgraph.graph.EmbeddedEntities;
import io.normgraph.graph.GraphNode;
import io.normgraph.graph.GraphRelationship;
import io.normgraph.graph.GraphResult;
import io.normgraph.schema.SchemaRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lineage fetched in one statement ({@link FetchedReads}) answers exactly what the walk answers
 * reading level by level ({@link StatementReads}): the same nodes in the same order with the same
 * depths and paths, the same relationships, the same cut and counts, for every node of the
 * bundled corpus and of the fan-out fixture (diamonds, parallel relationships, inheritance), in
 * every direction, at depths 2 and 6, with every field or minimal ones, and cut at 5 nodes; and
 * so does the fetch run by the embedded database in this process ({@link EmbeddedFetch}), its
 * values read as the driver reads them. And the fetch expands each node once: its plan prunes
 * the variable-length reach.
 * <p>
 * Its own context and database (the bundled corpus, as every test context's first start loads
 * it), not the end-to-end one: it compares some 7,000 answers, a minute and a half of the full
 * loop, and the end-to-end classes take turns on their database, so their chain is the loop's
 * longest path; here it runs beside that chain (docs/testing.md).
 */
@LongRunning
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "normgraph.corpus.load-bundled=true")
class LineageFetchIT {

	@Autowired
	Neo4jClient client;

	@Autowired
	SchemaRegistry schemas;

	@Autowired
	Driver driver;

	@Autowired
	GraphDatabaseService embedded;

	@Autowired
	JsonMapper json;

	@BeforeEach
	void createFixture() {
		FanOutFixture.create(this.client);
	}

	@AfterEach
	void deleteFixture() {
		FanOutFixture.delete(this.client);
	}

	@Test
	void oneStatementAnswersWhatTheWalkAnswers() {
		LineageWalk.Statements database = LineageWalk.Statements.of(this.client);
		AtomicInteger fetched = new AtomicInteger();
		LineageWalk.Statements counting = (cypher, parameters) -> {
			List<Record> records = database.run(cypher, parameters);
			if (cypher.endsWith(InMemoryLineageGraph.FETCH_RETURNS) && !records.isEmpty()) {
				fetched.incrementAndGet();
			}
			return records;
		};
		LineageWalk.Statements levelByLevel = (cypher, parameters) -> cypher.endsWith(InMemoryLineageGraph.FETCH_RETURNS)
				? List.of() : database.run(cypher, parameters);
		LineageService oneStatement = new LineageService(counting, this.schemas);
		LineageService walk = new LineageService(levelByLevel, this.schemas);
		// In-process, the one-statement requests never reach the driver's fetch (it would answer nothing).
		AtomicInteger inProcess = new AtomicInteger();
		LineageService embedded = new LineageService(levelByLevel, this.schemas,
				QueryCounter.wrap(this.embedded, GraphDatabaseService.class, inProcess));
		List<String> ids = new ArrayList<>(this.client.query("MATCH (n:Entity) RETURN n.id AS id ORDER BY id")
			.fetchAs(String.class)
			.all());
		assertThat(ids).hasSizeGreaterThan(150).contains("lf-r", "lf-origin");
		int compared = 0;
		int cut = 0;
		for (String id : ids) {
			for (String direction : List.of("upstream", "downstream", "both")) {
				List<LineageRequest> requests = new ArrayList<>();
				for (int depth : new int[] { 2, 6 }) {
					requests.add(LineageRequest.of(id).withDirection(direction).withDepth(depth));
				}
				requests.add(LineageRequest.of(id).withDirection(direction).withDepth(6).withFields("minimal"));
				requests.add(LineageRequest.of(id).withDirection(direction).withDepth(6).withLimit(5));
				for (LineageRequest request : requests) {
					GraphResult expected = walk.lineage(request);
					assertThat(oneStatement.lineage(request)).as(request.toString()).isEqualTo(expected);
					assertThat(embedded.lineage(request)).as("in-process " + request).isEqualTo(expected);
					compared++;
					cut += expected.truncated() ? 1 : 0;
				}
			}
		}
		// Every request fetched (both directions: two), and some answers were cut at the limit.
		assertThat(fetched.get()).isGreaterThanOrEqualTo(compared);
		assertThat(cut).isGreaterThan(50);
		// In-process: every request of one direction with every field (three of each direction's four).
		assertThat(inProcess.get()).isEqualTo(ids.size() * 2 * 3);
	}

	/**
	 * A node and a relationship with a value of every type a property can hold read in-process
	 * are the ones the driver reads: the same records, the same JSON.
	 */
	@Test
	void inProcessEveryValueIsReadAsTheDriverReadsIt() throws Exception {
		String write = """
				CREATE (n:Entity:ValueProbe {id: 'value-probe', name: 'every type', text: 'x', count: 42, ratio: 0.5,
				  flag: true, on: date('2008-06-28'), at: datetime('2008-06-28T10:15:30+02:00[Europe/Brussels]'),
				  offsetAt: datetime('2008-06-28T10:15:30+02:00'), local: localdatetime('2008-06-28T10:15:30'),
				  time: time('10:15:30+02:00'), localTime: localtime('10:15:30'), lasting: duration('P1Y2M3DT4H5M6.007S'),
				  place: point({x: 1.5, y: 2.5}), globe: point({longitude: 4.35, latitude: 50.85, height: 13.0}),
				  texts: ['a', 'b'], counts: [1, 2], ratios: [0.5, 1.5], flags: [true, false], dates: [date('2008-06-28')],
				  places: [point({x: 1.5, y: 2.5})], lastings: [duration('P1D')], bytes: $bytes})
				CREATE (n)-[:VALUE_PROBE {source: 's', locator: 'l', counts: [3, 4], on: date('2008-06-29')}]->(n)""";
		try (Session session = this.driver.session()) {
			session.run(write, Map.of("bytes", new byte[] { 1, 2, 3 })).consume();
			Record record = session.run("MATCH (n:ValueProbe)-[r:VALUE_PROBE]->() RETURN n, r").single();
			GraphNode overBolt = GraphNode.of(record.get("n").asNode());
			Map<String, Object> relationshipOverBolt = GraphRelationship.propertiesOf(record.get("r").asRelationship());
			try (Transaction tx = this.embedded.beginTx()) {
				org.neo4j.graphdb.Relationship r = tx.findNodes(Label.label("ValueProbe"))
					.next()
					.getRelationships()
					.iterator()
					.next();
				GraphNode inProcess = EmbeddedEntities.node(r.getStartNode());
				// Value for value, type for type (a byte array equals only itself: compared apart).
				assertThat(inProcess.properties()).hasSize(21)
					.hasEntrySatisfying("bytes", (bytes) -> assertThat(bytes).isEqualTo(new byte[] { 1, 2, 3 }));
				assertThat(without("bytes", inProcess.properties())).isEqualTo(without("bytes", overBolt.properties()));
				assertThat(inProcess.labels()).isEqualTo(overBolt.labels());
				assertThat(this.json.writeValueAsString(inProcess)).isEqualTo(this.json.writeValueAsString(overBolt));
				assertThat(EmbeddedEntities.properties(r)).isEqualTo(relationshipOverBolt);
			}
		}
		finally {
			this.client.query("MATCH (n:ValueProbe) DETACH DELETE n").run();
		}
	}

	private static Map<String, Object> without(String key, Map<String, Object> properties) {
		Map<String, Object> without = new HashMap<>(properties);
		without.remove(key);
		return without;
	}


	/** A breadth-first search that expands each node once, not one row per path (the cost of a ladder of diamonds). */
	@Test
	void theFetchExpandsEachNodeOnce() {
		LineageTypes types = LineageTypes.parse(null, this.schemas.current());
		try (Session session = this.driver.session()) {
			for (boolean upstream : new boolean[] { true, false }) {
				Plan plan = session.run("EXPLAIN " + LineageQueries.fetch(types, upstream, 6), Map.of("id", "x", "cap", 1))
					.consume()
					.plan();
				assertThat(operators(plan)).as(upstream ? "upstream" : "downstream").contains("VarLengthExpand(Pruning,BFS,All)");
			}
		}
	}

	private static List<String> operators(Plan plan) {
		List<String> operators = new ArrayList<>(List.of(plan.operatorType().replace("@neo4j", "")));
		plan.children().forEach((child) -> operators.addAll(operators(child)));
		return operators;
	}

}
