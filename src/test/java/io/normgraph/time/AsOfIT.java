package io.normgraph.time;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import tools.jackson.databind.JsonNode;

import io.normgraph.Api;
import io.normgraph.EndToEndTest;
import io.normgraph.PatientGraphQlTester;
import io.normgraph.export.ExportParsing;

import static io.normgraph.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled corpus as it stood on a date, through REST and GraphQL: the criteria
 * (as of 30 April 2008 the 3rd Working Group's stances, none of the 59th Policy Commission's;
 * the G8 reference in the April 2008 draft and gone after its deletion), undated facts kept
 * and marked, and bad dates refused naming the parameter.
 */
@EndToEndTest
class AsOfIT {

	@Autowired
	Api api;

	HttpGraphQlTester graphQl;

	@Autowired
	void graphQl(HttpGraphQlTester graphQl) {
		this.graphQl = PatientGraphQlTester.of(graphQl);
	}

	@Test
	void endOfAprilTwoThousandEightHasTheThirdWorkingGroupsStancesAndNoneOfTheFiftyNinthPolicyCommissions() {
		assertThat(meetings("/api/v1/nodes/wco-secure/stances?asOf=2008-04-30")).contains("wco-secure-wg-3")
			.doesNotContain("wco-policy-commission-59", "wco-council-111-112", "wco-secure-wg-4");
		assertThat(meetings("/api/v1/nodes/wco-secure/stances")).contains("wco-secure-wg-3", "wco-policy-commission-59");
		assertThat(rows("/api/v1/meetings/wco-secure-wg-3/stances?asOf=2008-04-30")).hasSizeGreaterThan(10);
		assertThat(rows("/api/v1/meetings/wco-policy-commission-59/stances?asOf=2008-04-30")).isEmpty();
		assertThat(rows("/api/v1/meetings/wco-policy-commission-59/stances")).isNotEmpty();
		assertThat(meetings("/api/v1/actors/ind/stances?asOf=2008-04-30")).isEmpty();
		assertThat(meetings("/api/v1/actors/ind/stances?asOf=2008-06")).containsExactly("wco-policy-commission-59");
		List<String> coalitions = new ArrayList<>();
		rows("/api/v1/coalitions?asOf=2008-04-30").forEach((row) -> coalitions.add(row.get("meeting").get("id").asString()));
		assertThat(coalitions).contains("wco-secure-wg-3").doesNotContain("wco-policy-commission-59");
		this.graphQl.document("""
				{ coalitions(asOf: "2008-04-30") { meeting { id } polarity }
				  meetingStances(id: "wco-policy-commission-59", asOf: "2008-04-30") { actor { id } } }""")
			.execute()
			.path("coalitions[*].meeting.id").entityList(String.class).contains("wco-secure-wg-3")
			.doesNotContain("wco-policy-commission-59")
			.path("meetingStances").entityList(Object.class).hasSize(0);
	}

	@Test
	void theGeightReferenceIsInTheAprilDraftAndGoneAfterItsDeletion() throws Exception {
		assertThat(this.api.get("/api/v1/nodes/secure-intro-g8-reference?asOf=2008-04-24").getStatusCode().value())
			.isEqualTo(200);
		JsonNode gone = this.api.get("/api/v1/nodes/secure-intro-g8-reference?asOf=2008-04-30").getBody();
		assertProblem(this.api.get("/api/v1/nodes/secure-intro-g8-reference?asOf=2008-04-30"), 404, "id");
		assertThat(gone.get("detail").asString()).contains("not part of the graph as of 2008-04-30", "ended on 2008-04-24");
		JsonNode draft = this.api.get("/api/v1/nodes/secure-intro-g8-reference/versions?asOf=2008-04-24").getBody();
		assertThat(ids(draft.get("versions"), "version")).containsExactly("secure-intro-g8-reference-2008-04-24");
		assertThat(draft.get("versions").get(0).get("current").asBoolean()).isTrue();
		JsonNode after = this.api.get("/api/v1/nodes/secure-intro-g8-reference/versions?asOf=2008-05").getBody();
		assertThat(ids(after.get("versions"), "version")).containsExactly("secure-intro-g8-reference-2008-04-24",
				"secure-intro-g8-reference-deleted");
		assertThat(after.get("versions").get(1).get("version").get("status").asString()).isEqualTo("deleted");
		assertThat(after.get("versions").get(1).get("current").asBoolean()).isTrue();
		// the introduction's parts, exported as of each date
		assertThat(exported("secure-introduction", "2008-04-24")).contains("secure-intro-g8-reference");
		assertThat(exported("secure-introduction", "2008-04-30")).doesNotContain("secure-intro-g8-reference")
			.contains("secure-intro-health-risks");
		assertThat(ids(this.api.get("/api/v1/search?q=G8 Summit&asOf=2008-04-30").getBody().get("hits"), "node"))
			.doesNotContain("secure-intro-g8-reference");
		assertThat(ids(this.api.get("/api/v1/search?q=G8 Summit").getBody().get("hits"), "node"))
			.contains("secure-intro-g8-reference");
		this.graphQl.document("{ node(id: \"secure-intro-g8-reference\", asOf: \"2008-04-30\") { id } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND")));
	}

	@Test
	void undatedFactsAreKeptAndMarkedNeverDropped() {
		JsonNode lineage = this.api.get("/api/v1/nodes/secure-std-1/lineage?asOf=2008-04-30").getBody();
		JsonNode all = this.api.get("/api/v1/nodes/secure-std-1/lineage").getBody();
		assertThat(ids(lineage.get("nodes"), null)).containsExactlyInAnyOrderElementsOf(ids(all.get("nodes"), null));
		for (JsonNode node : lineage.get("nodes")) {
			assertThat(node.path("undated").asBoolean()).as(node.get("id").asString())
				.isEqualTo(node.get("validFrom") == null);
		}
		assertThat(lineage.get("nodes").toString()).contains("\"undated\":true");
		assertThat(all.get("nodes").toString()).doesNotContain("\"undated\"");
		assertThat(lineage.get("relationships")).allSatisfy((r) -> assertThat(r.get("undated").asBoolean()).isTrue());
		// before its first draft, SECURE is not in the graph: neither its lineage nor what derives from it
		assertProblem(this.api.get("/api/v1/nodes/wco-secure/lineage?asOf=2006"), 404, "id");
		assertThat(this.api.get("/api/v1/nodes/wco-secure/lineage?asOf=2007-02").getStatusCode().value()).isEqualTo(200);
		assertProblem(this.api.get("/api/v1/nodes/g8-2005-declaration/derived?asOf=2005-06"), 404, "id");
		assertThat(this.api.get("/api/v1/nodes/g8-2005-declaration/derived?asOf=2008-04-30").getBody().get("rows"))
			.isNotEmpty();
		this.graphQl.document("{ lineage(id: \"secure-std-1\", asOf: \"2008-04-30\") { nodes { id undated } } }")
			.execute()
			.path("lineage.nodes[?(@.id == 'trips-art-51')].undated").entityList(Boolean.class).containsExactly(true);
	}

	@Test
	void theTimelineAsOfADateEndsThere() {
		JsonNode items = this.api.get("/api/v1/timeline?asOf=2008-04-30").getBody().get("items");
		List<String> ids = ids(items, null);
		assertThat(ids).contains("wco-secure-wg-3", "wco-secure-wg-3-g8-reference-deletion", "wco-secure-draft-2008-04-25")
			.doesNotContain("wco-policy-commission-59", "wco-council-111-112");
		for (JsonNode item : items) {
			if (!item.get("undated").asBoolean()) {
				assertThat(item.get("date").asString().compareTo("2008-04-30")).as(item.toString()).isLessThanOrEqualTo(0);
			}
		}
		this.graphQl.document("{ timeline(asOf: \"2008-04-30\") { id event undated } }")
			.execute()
			.path("timeline[*].id").entityList(String.class).contains("wco-secure-wg-3")
			.doesNotContain("wco-policy-commission-59");
	}

	@Test
	void anUnparseableAsOfIsABadRequestNamingIt() {
		for (String bad : List.of("2008-13", "June 2008", "2008-02-30")) {
			for (String path : List.of("/api/v1/nodes/secure-std-1", "/api/v1/nodes/secure-std-1/lineage",
					"/api/v1/nodes/g8-2005-declaration/derived", "/api/v1/nodes/secure-std-1/stances",
					"/api/v1/actors/bra/stances", "/api/v1/meetings/wco-secure-wg-3/stances", "/api/v1/coalitions",
					"/api/v1/timeline", "/api/v1/search?q=customs", "/api/v1/exports/graphml",
					"/api/v1/nodes/secure-std-4/versions", "/api/v1/nodes/secure-std-1/neighbourhood",
					"/api/v1/nodes/ip-enforcement-agenda/forums")) {
				String uri = path + (path.contains("?") ? "&" : "?") + "asOf={asOf}";
				assertProblem(this.api.get(uri, bad), 400, "asOf");
			}
		}
		this.graphQl.document("{ stances(id: \"secure-std-1\", asOf: \"2008-13\") { stance } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors.get(0).getExtensions()).containsEntry("parameter", "asOf"));
	}

	private List<JsonNode> rows(String uri) {
		List<JsonNode> rows = new ArrayList<>();
		this.api.get(uri).getBody().get("rows").forEach(rows::add);
		return rows;
	}

	private List<String> meetings(String uri) {
		return rows(uri).stream()
			.map((row) -> row.get("meeting").isNull() ? "" : row.get("meeting").get("id").asString())
			.distinct()
			.toList();
	}

	private String exported(String root, String asOf) throws Exception {
		byte[] body = this.api.bytes("/api/v1/exports/graphml?root={r}&depth=1&types=PART_OF&asOf={a}", root, asOf)
			.getBody();
		return String.join(",", ExportParsing.graphMl(body).graph().vertexSet());
	}

	private static List<String> ids(JsonNode items, String field) {
		List<String> ids = new ArrayList<>();
		items.forEach((item) -> ids.add(((field != null) ? item.get(field) : item).get("id").asString()));
		return ids;
	}

}
