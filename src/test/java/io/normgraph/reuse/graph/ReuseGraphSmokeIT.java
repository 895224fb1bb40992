package io.normgraph.reuse.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

import io.normgraph.EndToEndTest;
import io.normgraph.corpus.CorpusImporter;

/**
 * The code path of {@code ReuseGraphBenchmark} at a small size, in the default build, so the
 * benchmark cannot rot: a planted-reuse corpus imported, a full run, the newest corpus imported
 * with detection after the import and runs for it with the kept index and without, their stored findings read back and checked against the ground
 * truth and the engine alone ({@link ReuseThroughGraph} throws when they are wrong).
 */
@EndToEndTest
class ReuseGraphSmokeIT {

	private static final int PROVISIONS = 500;

	@Autowired
	ApplicationContext context;

	@Autowired
	CorpusImporter importer;

	@Autowired
	Neo4jClient client;

	@TempDir
	Path root;

	@AfterEach
	void removeEverything() {
		ReuseCleanUp.after(this.importer, this.client, ReuseThroughGraph.addedId(PROVISIONS),
				ReuseThroughGraph.baseId(PROVISIONS));
	}

	@Test
	void findsAndKeepsThePlantedPairsThroughTheGraphInAFullAndACorpusRun() {
		ReuseGraphFigures figures = new ReuseThroughGraph(this.context, this.root).measure(PROVISIONS, 0.2, 42);
		assertThat(figures.provisions).isBetween(PROVISIONS, PROVISIONS + 99);
		assertThat(figures.added).isPositive();
		assertThat(figures.storedFindings).isEqualTo(figures.fullSummary.provisionRelationships()).isPositive();
		assertThat(figures.precision).isGreaterThanOrEqualTo(ReuseThroughGraph.MIN_PRECISION);
		assertThat(figures.recall).isGreaterThanOrEqualTo(ReuseThroughGraph.MIN_RECALL);
		// After the import, with the kept index in memory, from its file, rebuilt: the same findings.
		assertThat(figures.incrementalRuns).extracting((run) -> run.tookKeptIndex())
			.containsExactly(true, true, true, false);
		assertThat(figures.incrementalRuns).allSatisfy((run) -> {
			assertThat(run.summary.run().compared()).isEqualTo(figures.added);
			assertThat(run.vsFirst).containsExactly(0, 0);
			assertThat(run.vsEngine).containsExactly(0, 0);
		});
		assertThat(figures.firstIncrementalPairs).isNotEmpty();
		assertThat(figures.fullRow()).startsWith("| " + String.format("%,d", figures.provisions));
		assertThat(figures.writeRow()).contains("MiB");
		assertThat(figures.incrementalRows()).hasSize(4).allSatisfy((row) -> assertThat(row).contains(" + "));
	}

}
