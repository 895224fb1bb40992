package io.normgraph;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every GraphQL query against the real corpus, and the round trips each request costs.
 */
@EndToEndTest
class GraphQlIT {

	HttpGraphQlTester graphQl;

	@Autowired
	void graphQl(HttpGraphQlTester graphQl) {
		this.graphQl = PatientGraphQlTester.of(graphQl);
	}

	@Test
	void nodeWithItsSource() {
		this.graphQl.document("{ node(id: \"secure-std-1\") { id labels name properties source { id name } } }")
			.execute()
			.path("node.labels").entityList(String.class).containsExactly("Provision")
			.path("node.properties.locator").entity(String.class).isEqualTo("III.1.1(1)")
			.path("node.source.id").entity(String.class).isEqualTo("li-2008");
	}

	@Test
	void unknownNodeIsNotFound() {
		this.graphQl.document("{ node(id: \"no-such-node\") { id } }")
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getErrorType().toString()).isEqualTo("NOT_FOUND");
				assertThat(errors.get(0).getExtensions()).containsEntry("parameter", "id");
			});
	}

	@Test
	void lineageDerivedAndComparison() {
		this.graphQl.document("""
				{ lineage(id: "secure-std-1", direction: UPSTREAM, depth: 1) { nodes { id depth path } relationships { type start end } }
				  derived(root: "g8-2005-declaration") { root { id } rows { provision { id } chain } }
				  comparison(instrument: "wco-secure", against: "trips") { rows { provision { id number } counterparts { id } issue deviation } } }""")
			.execute()
			.path("lineage.nodes[?(@.id == 'g8-2005-declaration')].depth").entityList(Integer.class).containsExactly(1)
			.path("lineage.nodes[?(@.id == 'g8-2005-declaration')].path[*]").entityList(String.class)
			.containsExactly("secure-std-1", "secure-section-1", "wco-secure", "g8-2005-declaration")
			.path("derived.rows[*].provision.id").entityList(String.class).contains("secure-std-1", "secure-std-12")
			.path("comparison.rows[?(@.provision.id == 'secure-std-4')].counterparts[*].id").entityList(String.class)
			.containsExactly("trips-art-52", "trips-art-57");
	}

	@Test
	void stancesCoalitionsTimelineForumsSearch() {
		this.graphQl.document("""
				{ stances(id: "secure-intro-g8-reference") { actor { id } stance meeting { id name } }
				  actorStances(id: "ind") { target { id } stance }
				  coalitions(meeting: "wco-secure-wg-3") { stance target { id } actors { id } }
				  timeline(forum: "wco-policy-commission", from: "2008-01", to: "2008-12") { kind id date forum { id } }
				  forums(id: "ip-enforcement-agenda") { forum { id } relationship date }
				  search(q: "de minimis", limit: 3) { hits { node { id } score } truncated omitted { nodes } } }""")
			.execute()
			.path("stances").entityList(Object.class).hasSize(4)
			.path("actorStances[*].stance").entityList(String.class).contains("OPPOSES")
			.path("coalitions[?(@.target.id == 'secure-intro-g8-reference' && @.stance == 'SUPPORTS')].actors[*].id")
			.entityList(String.class).containsExactly("jpn", "usa")
			.path("timeline[1].id").entity(String.class).isEqualTo("wco-policy-commission-59")
			.path("forums[0].forum.id").entity(String.class).isEqualTo("g8")
			.path("search.hits[*].node.id").entityList(String.class).contains("secure-std-6");
	}

	@Test
	void badInputNamesTheParameter() {
		for (Map.Entry<String, String> bad : Map.of("{ lineage(id: \"secure-std-1\", depth: 7) { nodes { id } } }", "depth",
				"{ lineage(id: \"secure-std-1\", types: [\"INSPIRED\"]) { nodes { id } } }", "types",
				"{ nodes(label: \"Person\") { total } }", "label",
				"{ nodes(label: \"Provision\", size: 500) { total } }", "size",
				"{ timeline(from: \"2008-13\") { id } }", "from").entrySet()) {
			this.graphQl.document(bad.getKey()).execute().errors().satisfy((errors) -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(errors.get(0).getExtensions()).containsEntry("parameter", bad.getValue());
			});
		}
	}

	/**
	 * Nested fields are batched: one list query and one source query for 1 node or 49, one
	 * statement for 2 stances or 6, for 4 timeline entries or 37; each count is checked
	 * against the results that came back, so an empty answer cannot pass for a cheap one.
	 */
	@Test
	void roundTripsDoNotGrowWithResults() {
		int one = roundTrips("{ nodes(label: \"Provision\", size: 1) { items { id source { id } } } }", "nodes.items", 1);
		// size 50 answers all 49 provisions of the bundled corpus
		int many = roundTrips("{ nodes(label: \"Provision\", size: 50) { items { id source { id } } } }", "nodes.items",
				49);
		assertThat(this.graphQl.document("{ nodes(label: \"Provision\", size: 50) { items { source { id } } } }")
			.execute()
			.path("nodes.items[*].source.id")
			.entityList(String.class)
			.get()).as("every provision's source").hasSize(49).doesNotContainNull();
		assertThat(one).isEqualTo(2);
		assertThat(many).isEqualTo(one);
		int oneStance = roundTrips("{ actorStances(id: \"jpn\") { actor { name } target { name } meeting { name } } }",
				"actorStances", 2);
		int manyStances = roundTrips("{ actorStances(id: \"bra\") { actor { name } target { name } meeting { name } } }",
				"actorStances", 6);
		assertThat(oneStance).isEqualTo(1);
		assertThat(manyStances).isEqualTo(oneStance);
		int fewEntries = roundTrips("{ timeline(forum: \"g8\") { id forum { name } } }", "timeline", 4);
		// meetings, decisions and every other dated event the schema declares (adoptions, drafts…)
		int allEntries = roundTrips("{ timeline { id forum { name } } }", "timeline", 51);
		assertThat(fewEntries).isEqualTo(1);
		assertThat(allEntries).isEqualTo(fewEntries);
	}

	/** The round trips one request cost, after checking it answered {@code expected} results at {@code path}, nested fields resolved. */
	private int roundTrips(String document, String path, int expected) {
		QueryCounter.reset();
		GraphQlTester.Response response = this.graphQl.document(document).execute();
		int count = QueryCounter.count();
		List<Map<String, Object>> results = response.path(path).entityList(new ParameterizedTypeReference<Map<String, Object>>() {
		}).hasSize(expected).get();
		assertThat(results).as("nested fields resolved").anySatisfy((result) -> assertThat(result).doesNotContainValue(null));
		return count;
	}

}
