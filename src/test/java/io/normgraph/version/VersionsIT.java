package io.normgraph.version;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import tools.jackson.databind.JsonNode;

import io.normgraph.Api;
import io.normgraph.EndToEndTest;
import io.normgraph.PatientGraphQlTester;

import static io.normgraph.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The versions the paper distinguishes, in the bundled corpus, and the word-level diff between
 * any two texts, through REST and GraphQL.
 */
@EndToEndTest
class VersionsIT {

	@Autowired
	Api api;

	HttpGraphQlTester graphQl;

	@Autowired
	void graphQl(HttpGraphQlTester graphQl) {
		this.graphQl = PatientGraphQlTester.of(graphQl);
	}

	@Test
	void theSecureDraftsInOrderTheLastOneCurrent() {
		JsonNode versions = this.api.get("/api/v1/nodes/wco-secure/versions").getBody();
		assertThat(versions.get("text").get("id").asString()).isEqualTo("wco-secure");
		assertThat(ids(versions)).containsExactly("wco-secure-first-draft", "wco-secure-draft-2008-04-24",
				"wco-secure-draft-2008-04-25");
		assertThat(current(versions)).containsExactly("wco-secure-draft-2008-04-25");
		assertThat(versions.get("versions").get(1).get("supersedes").toString()).isEqualTo("[\"wco-secure-first-draft\"]");
		for (JsonNode entry : versions.get("versions")) {
			assertThat(entry.get("version").get("source").asString()).isEqualTo("li-2008");
			assertThat(entry.get("version").get("locator").asString()).isNotBlank();
		}
		JsonNode april24 = this.api.get("/api/v1/nodes/wco-secure/versions?asOf=2008-04-24").getBody();
		assertThat(current(april24)).containsExactly("wco-secure-draft-2008-04-24");
		assertThat(ids(this.api.get("/api/v1/nodes/wco-secure/versions?asOf=2007").getBody()))
			.containsExactly("wco-secure-first-draft");
		// asked about a version, the answer is its text's versions
		assertThat(this.api.get("/api/v1/nodes/wco-secure-first-draft/versions").getBody().get("text").get("id").asString())
			.isEqualTo("wco-secure");
	}

	@Test
	void standardFourQuotedTwiceWithDifferentWordingIsTwoParallelVersionsADiffApart() {
		JsonNode versions = this.api.get("/api/v1/nodes/secure-std-4/versions").getBody();
		assertThat(ids(versions)).containsExactly("secure-std-4-text-fn-26", "secure-std-4-text-main");
		assertThat(current(versions)).hasSize(2);
		JsonNode diff = this.api.get("/api/v1/diff?from=secure-std-4-text-main&to=secure-std-4-text-fn-26").getBody();
		String from = diff.get("from").get("text").asString();
		String to = diff.get("to").get("text").asString();
		assertThat(diff.get("from").get("property").asString()).isEqualTo("text");
		List<String> inserted = new ArrayList<>();
		List<String> replaced = new ArrayList<>();
		int fromEnd = 0;
		int toEnd = 0;
		for (JsonNode segment : diff.get("segments")) {
			String kind = segment.get("kind").asString();
			assertThat(segment.get("fromStart").asInt()).isGreaterThanOrEqualTo(fromEnd);
			fromEnd = segment.get("fromEnd").asInt();
			toEnd = segment.get("toEnd").asInt();
			String taken = to.substring(segment.get("toStart").asInt(), toEnd);
			if ("INSERT".equals(kind)) {
				inserted.add(taken);
			}
			if ("REPLACE".equals(kind)) {
				replaced.add(from.substring(segment.get("fromStart").asInt(), fromEnd) + " -> " + taken);
			}
			if ("EQUAL".equals(kind)) {
				assertThat(from.substring(segment.get("fromStart").asInt(), fromEnd)).isEqualToIgnoringCase(taken);
			}
		}
		assertThat(inserted).contains("application");
		assertThat(replaced).contains("reduced -> a cost not exceeding the");
		assertThat(toEnd).isLessThanOrEqualTo(to.length());
		this.graphQl.document("""
				{ versions(id: "secure-std-4") { text { id } versions { version { id } current } }
				  diff(from: "secure-std-4-text-main", to: "secure-std-4-text-fn-26") { from { id } to { name } segments { kind fromStart toEnd } } }""")
			.execute()
			.path("versions.versions[*].current").entityList(Boolean.class).containsExactly(true, true)
			.path("diff.segments[*].kind").entityList(String.class).contains("EQUAL", "INSERT", "REPLACE");
	}

	@Test
	void aDiffNeedsTwoTextsThatExist() {
		assertProblem(this.api.get("/api/v1/diff?to=secure-std-4-text-main"), 400, "from");
		assertProblem(this.api.get("/api/v1/diff?from=secure-std-4-text-main&to=no-such-node"), 404, "to");
		assertProblem(this.api.get("/api/v1/diff?from=wco-secure-first-draft&to=secure-std-4-text-main"), 400, "from");
		assertProblem(this.api.get("/api/v1/diff?from=secure-std-1&to=bra"), 400, "to");
		assertProblem(this.api.get("/api/v1/nodes/no-such-node/versions"), 404, "id");
		// any two texts, not only versions: a TRIPS article against a SECURE standard
		assertThat(this.api.get("/api/v1/diff?from=trips-art-51&to=secure-std-1").getBody().get("segments")).isNotEmpty();
		assertThat(this.api.get("/api/v1/nodes/secure-std-1/versions").getBody().get("versions")).isEmpty();
	}

	private static List<String> ids(JsonNode versions) {
		List<String> ids = new ArrayList<>();
		versions.get("versions").forEach((entry) -> ids.add(entry.get("version").get("id").asString()));
		return ids;
	}

	private static List<String> current(JsonNode versions) {
		List<String> ids = new ArrayList<>();
		versions.get("versions").forEach((entry) -> {
			if (entry.get("current").asBoolean()) {
				ids.add(entry.get("version").get("id").asString());
			}
		});
		return ids;
	}

}
