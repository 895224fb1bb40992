package io.normgraph.explorer;

import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * A lineage of many parts for the explorer's grouping, in the built-in schema: a provision
 * {@code xg-root} (part of {@code xg-home}) derives from every part of {@code instruments}
 * instruments {@code xg-i<k>} of {@code parts} provisions {@code xg-i<k>-p<j>} each. Its upstream
 * lineage at depth 3 holds every part, every instrument, the root and its home: {@link #size}.
 * Every id starts with {@code xg-}, which {@link #remove} deletes.
 */
record PartsFixture(int instruments, int parts) {

	static final String ROOT = "xg-root";

	/** Nodes in the root's upstream lineage at depth 2 or more. */
	int size() {
		return this.instruments * this.parts + this.instruments + 2;
	}

	void create(Neo4jClient client) {
		client.query("""
				CREATE (home:Entity:Instrument {id: 'xg-home', name: 'Home instrument', source: 'li-2008', locator: 'xg'})
				CREATE (root:Entity:Provision {id: 'xg-root', name: 'Grouping root', source: 'li-2008', locator: 'xg'})
				CREATE (root)-[:PART_OF {source: 'li-2008', locator: 'xg'}]->(home)
				WITH root
				UNWIND range(1, $instruments) AS k
				CREATE (i:Entity:Instrument {id: 'xg-i' + k, name: 'Instrument ' + k, source: 'li-2008', locator: 'xg'})
				WITH root, i, k
				UNWIND range(1, $parts) AS j
				CREATE (p:Entity:Provision {id: 'xg-i' + k + '-p' + j, name: 'Article ' + j + ' of ' + k,
				        source: 'li-2008', locator: 'xg'})
				CREATE (p)-[:PART_OF {source: 'li-2008', locator: 'xg'}]->(i)
				CREATE (root)-[:DERIVES_FROM {source: 'li-2008', locator: 'xg'}]->(p)""")
			.bindAll(Map.of("instruments", this.instruments, "parts", this.parts))
			.run();
	}

	static void remove(Neo4jClient client) {
		client.query("MATCH (n:Entity) WHERE n.id STARTS WITH 'xg-' DETACH DELETE n").run();
	}

}
