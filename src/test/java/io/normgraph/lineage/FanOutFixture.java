package io.normgraph.lineage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The lineage fixture of LineageFanOutIT (in the database) and LineageWalkTests (in memory):
 * a provision lf-r in a section lf-s of an instrument lf-i, a ladder of DERIVES_FROM two wide
 * and six deep (2^k paths to layer k), a cross-reference that shortcuts it, and an origin that
 * the section, the instrument and a ladder node derive from. Its ids all start {@code lf-}.
 */
final class FanOutFixture {

	static final String INSTRUMENT = "lf-i";

	static final List<String> PROVISIONS = List.of("lf-s", "lf-r", "lf-origin", "lf-1a", "lf-1b", "lf-2a", "lf-2b",
			"lf-3a", "lf-3b", "lf-4a", "lf-4b", "lf-5a", "lf-5b", "lf-6a", "lf-6b");

	private FanOutFixture() {
	}

	/** Writes the fixture into the database beside whatever it holds. */
	static void create(Neo4jClient client) {
		client.query("""
				MERGE (i:Entity:Instrument {id: $instrument}) SET i.name = 'Fixture instrument', i.source = 'li-2008', i.locator = 'fixture'
				WITH 1 AS one
				UNWIND $provisions AS id
				MERGE (p:Entity:Provision {id: id}) SET p.name = id, p.source = 'li-2008', p.locator = 'fixture'
				WITH count(*) AS provisions
				UNWIND $links AS link
				MATCH (a:Entity {id: link[0]}), (b:Entity {id: link[2]})
				CREATE (a)-[r:$(link[1])]->(b) SET r.source = 'li-2008', r.locator = link[3]""")
			.bindAll(Map.of("instrument", INSTRUMENT, "provisions", PROVISIONS, "links", links()))
			.run();
	}

	/** Removes the fixture and only it. */
	static void delete(Neo4jClient client) {
		client.query("MATCH (n:Entity) WHERE n.id STARTS WITH 'lf-' DETACH DELETE n").run();
	}

	/** Each relationship as [from, type, to, locator]. */
	static List<List<String>> links() {
		List<List<String>> links = new ArrayList<>();
		links.add(List.of("lf-r", "PART_OF", "lf-s", "fixture"));
		links.add(List.of("lf-s", "PART_OF", "lf-i", "fixture"));
		links.add(List.of("lf-r", "DERIVES_FROM", "lf-1a", "fixture"));
		links.add(List.of("lf-r", "DERIVES_FROM", "lf-1a", "fixture, again"));
		links.add(List.of("lf-r", "CROSS_REFERENCES", "lf-1a", "fixture"));
		links.add(List.of("lf-r", "DERIVES_FROM", "lf-1b", "fixture"));
		for (int k = 1; k < 6; k++) {
			for (String from : List.of("a", "b")) {
				for (String to : List.of("a", "b")) {
					links.add(List.of("lf-" + k + from, "DERIVES_FROM", "lf-" + (k + 1) + to, "fixture"));
				}
			}
		}
		links.add(List.of("lf-r", "CROSS_REFERENCES", "lf-3a", "fixture"));
		links.add(List.of("lf-s", "DERIVES_FROM", "lf-origin", "fixture"));
		links.add(List.of("lf-i", "DERIVES_FROM", "lf-origin", "fixture"));
		links.add(List.of("lf-2a", "DERIVES_FROM", "lf-origin", "fixture"));
		return links;
	}

}
