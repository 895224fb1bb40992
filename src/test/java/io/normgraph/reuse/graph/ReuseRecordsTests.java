package io.normgraph.reuse.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.normgraph.reuse.InstrumentReuse;
import io.normgraph.reuse.ReuseFinding;
import io.normgraph.reuse.ReusedSpan;
import io.normgraph.schema.BuiltInSchema;

/** How findings become relationship rows and back, and what the statements may touch. */
class ReuseRecordsTests {

	private final ReuseFinding finding = new ReuseFinding("b-1", "a-1", "b", "a", false, 0.5, 0.75, 0.9, 0.9,
			List.of(new ReusedSpan(0, 40, 10, 50), new ReusedSpan(60, 90, 70, 100)));

	@Test
	void aFindingIsAnInferredProvisionLevelRowFromTheLaterTextWithItsSpansAndNoCorpus() {
		Map<String, Object> row = ReuseRecords.row(this.finding, "reuse-run-1");
		assertThat(row).containsEntry("from", "b-1").containsEntry("to", "a-1");
		@SuppressWarnings("unchecked")
		Map<String, Object> properties = (Map<String, Object>) row.get("properties");
		assertThat(properties).containsEntry("inferred", true).containsEntry("level", "provision")
			.containsEntry("directed", false).containsEntry("source", "reuse-run-1").containsEntry("locator", "reuse-run-1")
			.containsEntry("laterStarts", List.of(0, 60)).containsEntry("earlierEnds", List.of(50, 100))
			.containsEntry("containment", 0.75).doesNotContainKeys("corpus", "corpora");
		assertThat(ReuseRecords.finding("b-1", "a-1", properties)).as("read back for the roll-up").isEqualTo(this.finding);
	}

	@Test
	void anInstrumentRollupScoresByItsShare() {
		@SuppressWarnings("unchecked")
		Map<String, Object> properties = (Map<String, Object>) ReuseRecords
			.row(new InstrumentReuse("b", "a", true, 0.4, 3), "reuse-run-1").get("properties");
		assertThat(properties).containsEntry("level", "instrument").containsEntry("score", 0.4)
			.containsEntry("share", 0.4).containsEntry("provisions", 3).containsEntry("inferred", true);
	}

	@Test
	void theStatementsTakeTheirNamesFromTheSchemaAndTouchOnlyInferredReuse() {
		ReuseSchema schema = ReuseSchema.of(BuiltInSchema.get());
		assertThat(schema.reuse()).isEqualTo("REUSES");
		assertThat(WriteStatements.deleteEarlier(schema)).contains(":`REUSES`").contains("r.inferred = true")
			.contains("r.source <> $run").contains("LIMIT $limit");
		assertThat(WriteStatements.deleteEarlierTouching(schema)).contains("r.inferred = true").contains("$level")
			.contains("r.source <> $run");
		assertThat(WriteStatements.deleteRun(schema)).contains(":`REUSES`").contains("r.source = $run");
		assertThat(WriteStatements.deleteUnusedSources(schema)).contains(":`REUSES`|`DERIVES_FROM`")
			.contains("UNWIND $sources");
		assertThat(WriteStatements.findingsOf(schema)).as("found from the instruments, not by scanning every finding")
			.contains("-[:`PART_OF`*0..4]->(i:`Entity` {id: id})").contains("r.level = 'provision'");
		assertThat(WriteStatements.create(schema)).contains("CASE WHEN a:`Provision` THEN 'text'");
	}

}
