package io.normgraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

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
 * Malformed and valid corpora against the real database (with the bundled corpus loaded): a
 * malformed file stops the whole import, a dry run writes nothing. (The checks across rows are
 * in {@link CorpusChecksIT}.)
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
