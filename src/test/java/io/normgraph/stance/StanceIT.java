package io.normgraph.stance;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import io.normgraph.Api;
import io.normgraph.EndToEndTest;

import static io.normgraph.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

@EndToEndTest
class StanceIT {

	@Autowired
	Api api;

	@Test
	void whoFoughtOverTheG8Reference() {
		JsonNode rows = this.api.get("/api/v1/nodes/secure-intro-g8-reference/stances").getBody().get("rows");
		assertThat(rows).hasSize(4);
		for (JsonNode row : rows) {
			String actor = row.get("actor").get("id").asString();
			String expected = (actor.equals("usa") || actor.equals("jpn")) ? "SUPPORTS" : "OPPOSES";
			assertThat(row.get("stance").asString()).isEqualTo(expected);
			assertThat(row.get("meeting").get("id").asString()).isEqualTo("wco-secure-wg-3");
			assertThat(row.get("meeting").get("name").asString()).isNotEqualTo("wco-secure-wg-3");
			assertThat(row.get("target").get("id").asString()).isEqualTo("secure-intro-g8-reference");
			assertThat(row.get("date").asString()).isEqualTo("2008-04-23");
			assertThat(row.get("action").asString()).contains("G8 reference");
			assertThat(row.get("locator").asString()).isEqualTo("IV.2.1");
		}
	}

	@Test
	void stancesOfIndia() {
		JsonNode rows = this.api.get("/api/v1/actors/ind/stances").getBody().get("rows");
		assertThat(rows.toString()).contains("wco-policy-commission-59", "wco-secure-wg-4");
		for (JsonNode row : rows) {
			assertThat(row.get("actor").get("id").asString()).isEqualTo("ind");
			assertThat(row.get("stance").asString()).isEqualTo("OPPOSES");
		}
	}

	@Test
	void coalitionsAtTheThirdWorkingGroup() {
		JsonNode rows = this.api.get("/api/v1/coalitions?meeting=wco-secure-wg-3").getBody().get("rows");
		String againstG8 = null;
		String forG8 = null;
		for (JsonNode row : rows) {
			assertThat(row.get("meeting").get("id").asString()).isEqualTo("wco-secure-wg-3");
			assertThat(row.get("actors").size()).isGreaterThanOrEqualTo(2);
			if (row.get("target").get("id").asString().equals("secure-intro-g8-reference")) {
				if (row.get("stance").asString().equals("OPPOSES")) {
					againstG8 = row.get("actors").toString();
				}
				else {
					forG8 = row.get("actors").toString();
				}
			}
		}
		assertThat(againstG8).contains("\"bra\"", "\"chn\"");
		assertThat(forG8).contains("\"usa\"", "\"jpn\"");
		assertThat(rows.toString()).contains("\"secure-std-10\"");
		JsonNode all = this.api.get("/api/v1/coalitions").getBody().get("rows");
		assertThat(all.toString()).contains("wco-secure-wg-4", "wco-policy-commission-59");
	}

	@Test
	void badInputIsRefused() {
		assertProblem(this.api.get("/api/v1/nodes/no-such-node/stances"), 404, "id");
		assertProblem(this.api.get("/api/v1/actors/trips/stances"), 404, "id");
		assertProblem(this.api.get("/api/v1/coalitions?meeting={m}", "x' OR '1'='1"), 400, "meeting");
		assertThat(this.api.get("/api/v1/coalitions?meeting=no-such-meeting").getBody().get("rows")).isEmpty();
	}

}
