package io.normgraph.comparison;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
class ComparisonIT {

	@Autowired
	Api api;

	/** The paper's Table 1, regenerated from the graph, row for row. */
	@Test
	void secureAgainstTripsIsTable1() throws IOException {
		JsonNode body = this.api.get("/api/v1/comparisons?instrument=wco-secure&against=trips").getBody();
		assertThat(body.get("instrument").asString()).isEqualTo("wco-secure");
		assertThat(body.get("against").asString()).isEqualTo("trips");
		List<String> actual = new ArrayList<>();
		for (JsonNode row : body.get("rows")) {
			String id = row.get("provision").get("id").asString();
			if (id.startsWith("secure-std-")) {
				List<String> counterparts = new ArrayList<>();
				row.get("counterparts").forEach((c) -> counterparts.add(c.get("id").asString()));
				actual.add(id + "," + row.get("issue").asString() + "," + String.join(";", counterparts));
				assertThat(row.get("deviation").asString()).isNotBlank();
				assertThat(row.get("source").asString()).isEqualTo("li-2008");
				assertThat(row.get("locator").asString()).startsWith("Table 1");
			}
		}
		List<String> expected = Files.readAllLines(Path.of("src/test/resources/corpus/table-1.csv"));
		assertThat(actual).containsExactlyElementsOf(expected.subList(1, expected.size()));
		assertThat(body.get("rows").get(0).get("counterparts").get(0).get("number").asString()).isEqualTo("51");
	}

	@Test
	void badInputIsRefused() {
		assertProblem(this.api.get("/api/v1/comparisons?instrument=wco-secure&against=nothing"), 404, "against");
		assertProblem(this.api.get("/api/v1/comparisons?instrument=nothing&against=trips"), 404, "instrument");
		assertProblem(this.api.get("/api/v1/comparisons?instrument=wco-secure"), 400, "against");
		assertProblem(this.api.get("/api/v1/comparisons?instrument={i}&against=trips", "wco-secure\"}) RETURN 1 //"),
				400, "instrument");
	}

}
