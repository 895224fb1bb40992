package io.normgraph.timeline;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import io.normgraph.Api;
import io.normgraph.EndToEndTest;

import static io.normgraph.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

@EndToEndTest
class TimelineIT {

	@Autowired
	Api api;

	@Test
	void policyCommissionIn2008() {
		JsonNode items = this.api.get("/api/v1/timeline?forum=wco-policy-commission&from=2008-01&to=2008-12")
			.getBody()
			.get("items");
		assertThat(ids(items)).containsExactly("wco-policy-commission-59-bracketed-parts-proposal",
				"wco-policy-commission-59", "wco-policy-commission-59-secure-decision",
				"wco-policy-commission-60", "wco-policy-commission-60-new-body-tor",
				"wco-policy-commission-60-secure-decision");
		JsonNode meeting = items.get(1);
		assertThat(meeting.get("kind").asString()).isEqualTo("Meeting");
		assertThat(meeting.get("date").asString()).isEqualTo("2008-06-23");
		assertThat(meeting.get("endDate").asString()).isEqualTo("2008-06-25");
		assertThat(meeting.get("forum").get("id").asString()).isEqualTo("wco-policy-commission");
		JsonNode decision = items.get(5);
		assertThat(decision.get("kind").asString()).isEqualTo("Decision");
		assertThat(decision.get("outcome").asString()).isEqualTo("suspended");
		assertThat(decision.get("source").asString()).isEqualTo("li-2008");
	}

	@Test
	void wholeTimelineIsInDateOrderAndPartsWidenAForum() {
		JsonNode items = this.api.get("/api/v1/timeline").getBody().get("items");
		List<String> meetingsAndDecisions = new ArrayList<>();
		List<String> dates = new ArrayList<>();
		for (JsonNode item : items) {
			if (List.of("meeting", "decision").contains(item.get("role").asString())) {
				meetingsAndDecisions.add(item.get("id").asString());
			}
			if (!item.get("undated").asBoolean()) {
				dates.add(item.get("date").asString());
			}
		}
		assertThat(meetingsAndDecisions).hasSize(37).first().isEqualTo("g8-summit-2005");
		assertThat(dates).isSorted();
		// the schema's other event dates: an instrument adopted, a provision deleted, versions
		assertThat(items.get(0).get("id").asString()).isEqualTo("wco-safe");
		assertThat(items.get(0).get("event").asString()).isEqualTo("adopted");
		assertThat(items.toString()).contains("\"deleted\"", "\"drafted\"", "wco-secure-draft-2008-04-24");
		JsonNode parts = this.api.get("/api/v1/timeline?forum=wco-policy-commission&parts=true&from=2008&to=2008")
			.getBody()
			.get("items");
		assertThat(ids(parts)).contains("wco-secure-wg-3", "wco-secure-wg-3-g8-reference-deletion",
				"wco-policy-commission-60");
	}

	@Test
	void forumShoppingOfTheEnforcementAgenda() {
		JsonNode rows = this.api.get("/api/v1/nodes/ip-enforcement-agenda/forums").getBody().get("rows");
		List<String> dated = new ArrayList<>();
		for (JsonNode row : rows) {
			assertThat(row.get("relationship").asString()).isEqualTo("PURSUED_IN");
			if (!row.get("date").isNull()) {
				dated.add(row.get("date").asString());
			}
		}
		assertThat(dated).isSorted().hasSize(7);
		assertThat(rows.get(0).get("forum").get("id").asString()).isEqualTo("g8");
		assertThat(rows.get(rows.size() - 1).get("date").isNull()).isTrue();
		JsonNode secure = this.api.get("/api/v1/nodes/wco-secure/forums").getBody().get("rows");
		assertThat(secure.toString()).contains("NEGOTIATED_IN", "wco-secure-wg");
	}

	@Test
	void badInputIsRefused() {
		assertProblem(this.api.get("/api/v1/timeline?from=2008-13"), 400, "from");
		assertProblem(this.api.get("/api/v1/timeline?to=2008-02-30"), 400, "to");
		assertProblem(this.api.get("/api/v1/timeline?from=June 2008"), 400, "from");
		assertProblem(this.api.get("/api/v1/timeline?from=2009&to=2008"), 400, "from");
		assertProblem(this.api.get("/api/v1/timeline?forum={f}", "wco` RETURN 1"), 400, "forum");
		assertProblem(this.api.get("/api/v1/nodes/no-such-node/forums"), 404, "id");
		assertThat(this.api.get("/api/v1/timeline?forum=no-such-forum").getBody().get("items")).isEmpty();
	}

	private static List<String> ids(JsonNode items) {
		List<String> ids = new ArrayList<>();
		items.forEach((item) -> ids.add(item.get("id").asString()));
		return ids;
	}

}
