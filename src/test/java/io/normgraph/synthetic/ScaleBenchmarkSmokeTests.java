package io.normgraph.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The benchmark at 2,000 provisions in the default build, so it keeps working: every part
 * runs, the importer finds staged and published nodes through their id indexes, and no
 * lineage statement follows a lineage relationship more than one hop (the plans).
 */
class ScaleBenchmarkSmokeTests extends ScaleBenchmarkSupport {

	@Test
	void everyPartRuns() throws Exception {
		this.roots = 3;
		this.warmUpCalls = 5;
		Report report = run(2_000, 42, 1, List.of(RawLoader.Mode.CREATE_BATCHED));
		assertThat(report.rowsPerSecond("normgraph importer")).isPositive();
		assertThat(report.rowsPerSecond("raw " + RawLoader.Mode.CREATE_BATCHED)).isPositive();
		assertThat(report.plans.get("importer stage relationships")).contains("NodeIndexSeek", "Expand(Into)")
			.doesNotContain("AllNodesScan", "NodeByLabelScan");
		assertThat(report.plans.get("importer create DERIVES_FROM")).contains("NodeUniqueIndexSeek");
		for (String level : List.of("lineage level upstream", "lineage level downstream (derived)")) {
			assertThat(report.plans.get(level)).contains("NodeByElementIdSeek", "Expand(All)")
				.doesNotContain("VarLengthExpand", "ShortestPath");
		}
		assertThat(report.plans.get("reference: path per row, depth 6")).contains("VarLengthExpand(All)");
		assertThat(report.lineage).containsOnlyKeys(2, 4, 6);
		assertThat(report.derived.get(6).latencies).containsKeys("REST", "GraphQL");
	}

}
