package io.normgraph.export;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * A small graph of its own (ids starting with {@code export-fixture-}) beside whatever corpus
 * the database holds: awkward text (markup characters, quotes, a newline), an integer, and
 * every kind of export-relevant relationship property.
 */
final class ExportFixture {

	static final String INSTRUMENT = "export-fixture-instrument";

	static final String PROVISION = "export-fixture-provision";

	static final String ACTOR = "export-fixture-actor";

	static final String QUOTE = "Members shall <adopt> \"procedures\" & rules,\nwhere appropriate.";

	private ExportFixture() {
	}

	static void delete(Neo4jClient client) {
		client.query("MATCH (n:Entity) WHERE n.id STARTS WITH 'export-fixture-' DETACH DELETE n").run();
	}

	static void create(Neo4jClient client) {
		client.query("""
				MERGE (i:Entity:Instrument {id: $instrument})
				  SET i.name = 'Fixture instrument', i.source = 'li-2008', i.locator = 'p. 1', i.kind = 'treaty'
				MERGE (p:Entity:Provision {id: $provision})
				  SET p.name = 'Fixture provision', p.source = 'li-2008', p.locator = 'Table 1 row 1',
				      p.quote = $quote, p.number = '1'
				MERGE (a:Entity:Actor {id: $actor})
				  SET a.name = 'Fixture actor', a.source = 'li-2008', a.locator = 'fn 14', a.kind = 'state'
				MERGE (p)-[po:PART_OF {source: 'li-2008', locator: 'p. 2'}]->(i) SET po.order = 1
				MERGE (a)-[s:SUPPORTS {source: 'li-2008', locator: 'III.1'}]->(p)
				  SET s.action = 'proposed "deletion" <of> the clause', s.date = '2008-06'
				""")
			.bind(INSTRUMENT)
			.to("instrument")
			.bind(PROVISION)
			.to("provision")
			.bind(ACTOR)
			.to("actor")
			.bind(QUOTE)
			.to("quote")
			.run();
	}

}
