package io.normgraph.reuse.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.neo4j.core.Neo4jClient;

import io.normgraph.corpus.CorpusImporter;
import io.normgraph.corpus.CorpusImporter.CorpusChanged;
import io.normgraph.reuse.ReuseSettings;
import io.normgraph.schema.SchemaRegistry;

/**
 * The run after an import and the heap: a run whose index would not fit ({@link DetectionBudget})
 * is not started, says in one line how to run it later, and drops the kept index; a run that
 * runs out of memory all the same is one line too; the import stands either way. The context's
 * own run after the import is off: each test hands the import's event to a {@link ReuseAfterImport}
 * of its own, with the heap it says.
 */
@SpringBootTest(properties = "normgraph.corpus.load-bundled=false")
@ExtendWith(OutputCaptureExtension.class)
class ReuseAfterImportBudgetIT {

	private static final long GIB = 1L << 30;

	private static final CorpusChanged IMPORTED = new CorpusChanged(ReuseCorpus.ID, false,
			List.of("rt-old-1", "rt-old-2", "rt-new-1", "rt-new-2", "rt-undated-1"), true);

	@Autowired
	CorpusImporter importer;

	@Autowired
	ReuseService reuse;

	@Autowired
	KeptIndex kept;

	@Autowired
	Neo4jClient client;

	@Autowired
	SchemaRegistry schemas;

	@TempDir
	Path root;

	private final ReuseCorpus corpus = new ReuseCorpus();

	@BeforeEach
	void importTheCorpus() {
		this.importer.importCorpus(this.corpus.write(this.root));
	}

	@AfterEach
	void removeEverything() {
		ReuseCleanUp.after(this.importer, this.client, ReuseCorpus.ID);
	}

	@Test
	void theVolumeIsTheProvisionsWithTextAndTheirCharacters() {
		GraphProvisions.Volume volume = GraphProvisions.volume(this.client, ReuseSchema.of(this.schemas.current()));
		long characters = this.corpus.old1.length() + this.corpus.old2.length() + this.corpus.new1.length()
				+ this.corpus.undated1.length() + this.client.query("MATCH (p:Provision {id: 'rt-new-2'}) RETURN size(p.text)")
					.fetchAs(Long.class).one().orElseThrow();
		assertThat(volume).isEqualTo(new GraphProvisions.Volume(5, characters));
	}

	@Test
	void aRunWhoseIndexWouldNotFitIsNotStartedAndSaysHowToRunItLater(CapturedOutput output) {
		after(GIB).corpusChanged(IMPORTED);
		assertThat(inferredReuses()).as("the same run with a heap it fits in: it runs and finds the planted copy")
			.isPositive();
		ReuseCleanUp.findings(this.client);

		after(16L << 20).corpusChanged(IMPORTED);

		assertThat(inferredReuses()).as("not run").isZero();
		assertThat(output).contains("Text reuse after the import of corpus reuse-test was not run: its index of the graph's 5 provisions with text would need about 16 MiB, more than half of this process's maximum heap (16 MiB). The import stands. To detect it, run it with a larger heap: JAVA_OPTS=-Xmx512m bin/normgraph reuse --corpus=reuse-test");
		assertThat(importedProvisions()).as("the import stands").isEqualTo(5);
		assertThat(this.kept.take(ReuseCorpus.ID, ReuseSettings.defaults()).index())
			.as("the index the first run kept no longer holds the graph: dropped").isNull();
	}

	@Test
	void aRunThatRunsOutOfMemoryAllTheSameIsOneLineAndTheImportStands(CapturedOutput output) {
		after(GIB).corpusChanged(IMPORTED);
		ReuseService failing = mock(ReuseService.class);
		when(failing.runAfterImport(any(), any(), any())).thenThrow(new OutOfMemoryError("Java heap space"));

		new ReuseAfterImport(failing, this.kept, this.client, this.schemas, true, new DetectionBudget(GIB))
			.corpusChanged(IMPORTED);

		assertThat(output).containsPattern(
				"Text reuse after the import of corpus reuse-test ran out of memory \\(Java heap space\\)\\. The heap's maximum is now \\d+ MB\\. Give normgraph more heap with -Xmx.* The import stands; to detect its reuse, run `reuse --corpus=reuse-test` with that heap\\.");
		assertThat(importedProvisions()).as("the import stands").isEqualTo(5);
		assertThat(this.kept.take(ReuseCorpus.ID, ReuseSettings.defaults()).index()).as("dropped").isNull();
	}

	private ReuseAfterImport after(long maxHeap) {
		return new ReuseAfterImport(this.reuse, this.kept, this.client, this.schemas, true, new DetectionBudget(maxHeap));
	}

	private long inferredReuses() {
		return this.client.query("MATCH (:Entity)-[r:REUSES]->(:Entity) WHERE r.inferred RETURN count(r)").fetchAs(Long.class)
			.one().orElseThrow();
	}

	private long importedProvisions() {
		return this.client.query("MATCH (p:Provision) WHERE $id IN p.corpora RETURN count(p)").bind(ReuseCorpus.ID)
			.to("id").fetchAs(Long.class).one().orElseThrow();
	}

}
