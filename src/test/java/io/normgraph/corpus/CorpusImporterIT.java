package io.normgraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import io.normgraph.EndToEndTest;
import org.springframework.data.neo4j.core.Neo4jClient;

import io.normgraph.graph.GraphSnapshot;

/**
 * Inconsistent corpora against the real database (with the bundled corpus loaded): every
 * problem is reported at once with file, line and column, and the graph stays exactly as it was.
 */
@EndToEndTest
class CorpusImporterIT {

	@Autowired
	CorpusImporter importer;

	@Autowired
	Neo4jClient client;

	@TempDir
	Path root;

	private CorpusDirectory corpus;

	private List<String> before;

	@BeforeEach
	void setUp() {
		this.corpus = new CorpusDirectory(this.root);
		this.before = GraphSnapshot.of(this.client);
	}

	@Test
	void reportsEveryInconsistencyAtOnceAndWritesNothing() {
		this.corpus.file("nodes/Actor.csv", "id,name,source,locator,kind",
				"per,Peru,li-2008,IV.2.1,state",
				"per,Peru again,li-2008,IV.2.1,state",
				"trips,Not an actor,li-2008,I,state",
				"chl,Chile,no-such-source,IV,state",
				"col,Colombia,trips,IV,state");
		this.corpus.file("relationships/OPPOSES.csv", "from,to,source,locator,meeting,action",
				"per,secure-std-1,li-2008,IV.2.1,wco-policy-commission-59,opposed",
				"per,secure-std-99,li-2008,IV.2.1,wco-secure-wg-3,opposed",
				"per,secure-std-2,li-2008,IV.2.1,bra,opposed",
				"per,secure-std-1,li-2008,IV.2.1,wco-secure-wg-3,opposed again");
		assertThatExceptionOfType(CorpusImportException.class).isThrownBy(() -> this.importer.importCorpus(this.corpus.files()))
			.satisfies((ex) -> {
				assertThat(ex.report().written()).isFalse();
				assertThat(ex.report().problems())
					.extracting(ImportProblem::file, ImportProblem::line, ImportProblem::column, ImportProblem::message)
					.containsExactlyInAnyOrder(
							tuple("nodes/Actor.csv", 3L, "id", "duplicate id 'per', first defined at nodes/Actor.csv:2"),
							tuple("nodes/Actor.csv", 4L, "id",
									"'trips' is already an Instrument in the graph; an id names one node of one label"),
							tuple("nodes/Actor.csv", 5L, "source", "'no-such-source' is neither in this corpus nor in the graph"),
							tuple("nodes/Actor.csv", 6L, "source", "'trips' is an Instrument, not a Source"),
							tuple("relationships/OPPOSES.csv", 3L, "to",
									"'secure-std-99' is neither in this corpus nor in the graph"),
							tuple("relationships/OPPOSES.csv", 4L, "meeting", "'bra' is an Actor, not a Meeting"),
							tuple("relationships/OPPOSES.csv", 5L, null,
									"duplicate OPPOSES from 'per' to 'secure-std-1' with the same source and locator as "
											+ "relationships/OPPOSES.csv:2"));
				assertThat(ex.getMessage()).startsWith("Import of corpus '" + CorpusDirectory.id(this.root) + "' from " + this.root
						+ " failed with 7 problems, nothing was written: ");
			});
		assertThat(GraphSnapshot.of(this.client)).isEqualTo(this.before);
	}

	@Test
	void aMalformedFileStopsTheWholeImportNotJustItself() {
		this.corpus.file("nodes/Actor.csv", "id,name,source,locator", "per,Peru,li-2008,IV.2.1");
		this.corpus.file("nodes/Meeting.csv", "id,name,source,locator,startDate", "m-1,A meeting,li-2008,IV,30/06/2008");
		assertThatExceptionOfType(CorpusImportException.class).isThrownBy(() -> this.importer.importCorpus(this.corpus.files()))
			.withMessageContaining("nodes/Meeting.csv:2 column 'startDate': '30/06/2008' is not an ISO date");
		assertThat(GraphSnapshot.of(this.client)).isEqualTo(this.before);
	}

	@Test
	void aDryRunOfAValidCorpusValidatesAndWritesNothing() {
		ImportReport report = this.importer.dryRun(CorpusFiles.fromDirectory(Path.of("import/examples/trips-provisional-measures")));
		assertThat(report.valid()).isTrue();
		assertThat(report.written()).isFalse();
		assertThat(report.rows()).containsEntry("nodes/Provision.csv", 2).containsEntry("relationships/PART_OF.csv", 2);
		assertThat(GraphSnapshot.of(this.client)).isEqualTo(this.before);
	}

}
