package io.normgraph;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotes, backticks and Cypher fragments in every parameter of every endpoint: each answer
 * is a 400, a 404 or an empty result, never a 500, and the database is unchanged.
 */
@EndToEndTest
class InjectionIT {

	static final String[] ATTACKS = { "x' OR '1'='1", "x\" OR \"1\"=\"1", "`) DETACH DELETE (n",
			"wco-secure}) MATCH (n) DETACH DELETE n //", "1; MATCH (n) DETACH DELETE n", "$id", "\\u0027",
			"DERIVES_FROM|MEMBER_OF", "DERIVES_FROM]-() CREATE (:Evil) WITH 1 MATCH (n)-[r:" };

	static final String[] URIS = { "/api/v1/nodes/{a}", "/api/v1/nodes/{a}/neighbourhood", "/api/v1/nodes/{a}/lineage",
			"/api/v1/nodes/secure-std-1/lineage?types={a}", "/api/v1/nodes/secure-std-1/lineage?direction={a}",
			"/api/v1/nodes/secure-std-1/lineage?depth={a}", "/api/v1/nodes/{a}/derived", "/api/v1/nodes?label={a}",
			"/api/v1/nodes?label=Actor&name={a}", "/api/v1/nodes?label=Actor&page={a}",
			"/api/v1/comparisons?instrument={a}&against=trips", "/api/v1/comparisons?instrument=wco-secure&against={a}",
			"/api/v1/nodes/{a}/stances", "/api/v1/actors/{a}/stances", "/api/v1/coalitions?meeting={a}",
			"/api/v1/timeline?forum={a}", "/api/v1/timeline?from={a}", "/api/v1/timeline?to={a}",
			"/api/v1/nodes/{a}/forums", "/api/v1/search?q={a}", "/api/v1/search?q=trips&limit={a}" };

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void attacksChangeNothing() {
		String before = census();
		Api api = new Api(this.port);
		for (String uri : URIS) {
			for (String attack : ATTACKS) {
				var response = api.get(uri, attack);
				int status = response.getStatusCode().value();
				assertThat(status).as(uri + " with " + attack).isIn(200, 400, 404);
				if (status == 200 && response.getBody() != null && !uri.contains("name=") && !uri.contains("search")) {
					assertThat(response.getBody().toString()).as(uri + " with " + attack).doesNotContain("Evil");
				}
			}
		}
		assertThat(census()).isEqualTo(before);
	}

	private String census() {
		return this.neo4j.query("""
				CALL () { MATCH (n) RETURN count(n) AS nodes }
				CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
				CALL () { MATCH (n) UNWIND labels(n) AS label RETURN collect(DISTINCT label) AS labels }
				RETURN nodes + '/' + relationships + '/' + reduce(s = '', l IN labels | s + l + ',') AS census""")
			.fetchAs(String.class)
			.one()
			.orElseThrow();
	}

}
