package io.normgraph.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.normgraph.LongRunning;

/**
 * The benchmark at 2,000 provisions in the full build, so it keeps working: every part runs
 * and measures what it says (the importer and the raw load each load every row of the
 * corpus, the walks reach beyond their roots, each endpoint is timed once per root and
 * round), the importer finds staged and published nodes through their id indexes, and no
 * lineage statement follows a lineage relationship more than one hop (the plans).
 */
@LongRunning
class ScaleBenchmarkSmokeIT extends ScaleBenchmarkSupport {

	@Test
	void everyPartRunsAndMeasuresWhatItSays() throws Exception {
		this.roots = 3;
		this.warmUpCalls = 5;
		Report report = run(2_000, 42, 1, List.of(RawLoader.Mode.CREATE_BATCHED));
		long corpusRows = rows(Path.of("target/benchmark/corpus-2000-42"));
		assertThat(corpusRows).isGreaterThan(2_000 + 5_000);
		assertThat(report.importFailure()).isNull();
		assertThat(report.imports.get(NORMGRAPH)[0]).isEqualTo(corpusRows);
		assertThat(report.imports.get("raw " + RawLoader.Mode.CREATE_BATCHED)[0]).isEqualTo(corpusRows);
		assertThat(report.rowsPerSecond(NORMGRAPH)).isPositive();
		assertThat(report.plans.get("importer stage relationships")).contains("NodeIndexSeek", "Expand(Into)")
			.doesNotContain("AllNodesScan", "NodeByLabelScan");
		assertThat(report.plans.get("importer create DERIVES_FROM")).contains("NodeUniqueIndexSeek");
		for (String level : List.of("lineage level upstream", "lineage level downstream (derived)")) {
			assertThat(report.plans.get(level)).contains("NodeByElementIdSeek", "Expand(All)")
				.doesNotContain("VarLengthExpand", "ShortestPath");
		}
		assertThat(report.plans.get("reference: path per row, depth 6")).contains("VarLengthExpand(All)");
		assertThat(report.lineage).containsOnlyKeys(2, 4, 6);
		double previous = 1;
		for (Measured depth : report.lineage.values()) {
			assertThat(depth.nodes).as("nodes reached grow with the depth").isGreaterThanOrEqualTo(previous);
			previous = depth.nodes;
			assertThat(depth.latencies).containsOnlyKeys("raw Bolt, same Cypher", "REST", "GraphQL",
					"raw Bolt, distinct ends (reference)", "raw Bolt, path per row (reference)");
			assertThat(depth.latencies.values()).allSatisfy((latencies) -> assertThat(latencies.count()).isEqualTo(3));
		}
		assertThat(report.lineage.get(6).nodes).isGreaterThan(1);
		assertThat(report.derived.get(6).nodes).isPositive();
		assertThat(report.derived.get(6).latencies).containsKeys("REST", "GraphQL");
		assertThat(report.floor.latencies.get("REST GET /nodes/{id}").count()).isEqualTo(3);
	}

}
