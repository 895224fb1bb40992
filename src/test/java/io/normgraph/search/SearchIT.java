package io.normgraph.search;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

import io.normgraph.Api;
import io.normgraph.EndToEndTest;

import static io.normgraph.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

@EndToEndTest
class SearchIT {

	@Autowired
	Api api;

	@Test
	void rankedHits() {
		JsonNode hits = this.api.get("/api/v1/search?q=de minimis&limit=5").getBody().get("hits");
		assertThat(hits.size()).isBetween(1, 5);
		assertThat(hits.toString()).contains("\"secure-std-6\"");
		double previous = Double.MAX_VALUE;
		for (JsonNode hit : hits) {
			assertThat(hit.get("score").asDouble()).isLessThanOrEqualTo(previous);
			previous = hit.get("score").asDouble();
			assertThat(hit.get("node").get("labels")).isNotEmpty();
		}
	}

	@Test
	void luceneSyntaxIsNeverAnError() {
		for (String q : new String[] { "\"unbalanced", "TRIPS AND", "(", "*", "a:b", "x~2^", "OR", "\\", "[1 TO",
				"' OR 1=1 //", "}) MATCH (n) DETACH DELETE n //" }) {
			ResponseEntity<JsonNode> response = this.api.get("/api/v1/search?q={q}", q);
			assertThat(response.getStatusCode().value()).as(q).isEqualTo(200);
			assertThat(response.getBody().get("hits").isArray()).as(q).isTrue();
		}
	}

	/** Escaped operators are searched as words: the words around them still find their nodes. */
	@Test
	void wordsBesideLuceneSyntaxAreStillFound() {
		for (String q : new String[] { "\"de minimis", "de minimis AND", "(de minimis", "de minimis~2^" }) {
			assertThat(this.api.get("/api/v1/search?q={q}", q).getBody().get("hits").toString()).as(q)
				.contains("\"secure-std-6\"");
		}
	}

	@Test
	void badInputIsRefused() {
		assertProblem(this.api.get("/api/v1/search"), 400, "q");
		assertProblem(this.api.get("/api/v1/search?q={q}", " "), 400, "q");
		assertProblem(this.api.get("/api/v1/search?q=trips&limit=101"), 400, "limit");
	}

}
