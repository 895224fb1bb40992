package io.normgraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import io.normgraph.EndToEndTest;
import io.normgraph.graph.GraphSnapshot;

/**
 * What no single row can show, checked while rows are staged against the real database (with
 * the bundled corpus loaded): duplicates, ids the graph gives another label, references that
 * resolve within the corpus (also to rows read after them) or against the graph, or nowhere,
 * endpoint labels, and relationships another corpus already asserts. Every problem is reported
 * at once with file, line and column, by a dry run and by an import alike, and the graph is left
 * exactly as it was.
 */
@EndToEndTest
class CorpusChecksIT {

	@Autowired
	CorpusImporter importer;

	@Autowired
	Corpora corpora;

	@Autowired
	Neo4jClient client;

	@TempDir
	Path root;

	private List<String> before;

	@BeforeEach
	void setUp() {
		this.before = GraphSnapshot.of(this.client);
	}

	@AfterEach
	void removeWhatTheTestImported() {
		ImportedCorpora.removeAllButTheBundled(this.importer, this.corpora);
		assertThat(GraphSnapshot.of(this.client)).isEqualTo(this.before);
	}

	@Test
	void everyInconsistencyAtOnceWithFileLineAndColumnAndNothingWritten() {
		CorpusFiles corpus = corpus("inconsistent").file("nodes/Actor.csv", "id,name,source,locator,kind",
				"per,Peru,li-2008,IV.2.1,state", "per,Peru again,li-2008,IV.2.1,state", "trips,Not an actor,li-2008,I,state",
				"chl,Chile,no-such-source,IV,state", "col,Colombia,trips,IV,state")
			.file("relationships/OPPOSES.csv", "from,to,source,locator,meeting,action",
					"per,secure-std-1,li-2008,IV.2.1,wco-policy-commission-59,opposed",
					"per,secure-std-99,li-2008,IV.2.1,wco-secure-wg-3,opposed",
					"per,secure-std-2,li-2008,IV.2.1,bra,opposed",
					"per,secure-std-1,li-2008,IV.2.1,wco-secure-wg-3,opposed again")
			.files();
		List<org.assertj.core.groups.Tuple> expected = List.of(
				tuple("nodes/Actor.csv", 3L, "id", "duplicate id 'per', first defined at nodes/Actor.csv:2"),
				tuple("nodes/Actor.csv", 4L, "id",
						"'trips' is already an Instrument in the graph; an id names one node of one label"),
				tuple("nodes/Actor.csv", 5L, "source", "'no-such-source' is neither in this corpus nor in the graph"),
				tuple("nodes/Actor.csv", 6L, "source", "'trips' is an Instrument, not a Source"),
				tuple("relationships/OPPOSES.csv", 3L, "to", "'secure-std-99' is neither in this corpus nor in the graph"),
				tuple("relationships/OPPOSES.csv", 4L, "meeting", "'bra' is an Actor, not a Meeting"),
				tuple("relationships/OPPOSES.csv", 5L, null,
						"duplicate OPPOSES from 'per' to 'secure-std-1' with the same source and locator as "
								+ "relationships/OPPOSES.csv:2"));

		ImportReport dryRun = this.importer.dryRun(corpus);
		assertThat(dryRun.valid()).isFalse();
		assertThat(dryRun.problems())
			.extracting(ImportProblem::file, ImportProblem::line, ImportProblem::column, ImportProblem::message)
			.containsExactlyInAnyOrderElementsOf(expected);
		assertThat(GraphSnapshot.of(this.client)).as("after the dry run").isEqualTo(this.before);

		assertThatExceptionOfType(CorpusImportException.class).isThrownBy(() -> this.importer.importCorpus(corpus))
			.satisfies((ex) -> {
				assertThat(ex.report().written()).isFalse();
				assertThat(ex.report().problems())
					.extracting(ImportProblem::file, ImportProblem::line, ImportProblem::column, ImportProblem::message)
					.containsExactlyInAnyOrderElementsOf(expected);
				assertThat(ex.getMessage()).startsWith("Import of corpus 'inconsistent' from " + this.root.resolve("inconsistent")
						+ " failed with 7 problems, nothing was written: ");
			});
		assertThat(GraphSnapshot.of(this.client)).as("after the import").isEqualTo(this.before);
		assertThat(this.client.query("MATCH (n) WHERE n:__Staged OR n:__StagedChange RETURN count(n)")
			.fetchAs(Long.class).one()).as("nothing left staged").hasValue(0L);
	}

	@Test
	void referencesResolveWithinTheCorpusAndAgainstTheGraph() {
		// my-source names late-source, a row of the next staging batch: known only once every row is read.
		List<String> sources = new ArrayList<>(List.of("id,name,source,locator", "my-source,My source,late-source,p. 1"));
		IntStream.range(0, StagingRun.BATCH).forEach((i) -> sources.add("filler-" + i + ",Filler,my-source,p. " + i));
		sources.add("late-source,Late source,late-source,p. 2");
		CorpusFiles corpus = corpus("resolving").file("nodes/Source.csv", sources.toArray(String[]::new))
			.file("nodes/Actor.csv", "id,name,source,locator", "per,Peru,my-source,IV", "bra,Brazil,li-2008,IV")
			.file("relationships/OPPOSES.csv", "from,to,source,locator,meeting",
					"per,secure-std-1,my-source,p. 2,wco-secure-wg-3", "per,secure-std-1,my-source,p. 3,",
					"bra,secure-std-2,li-2008,IV,")
			.files();
		assertThat(this.importer.dryRun(corpus).problems()).isEmpty();

		ImportReport report = this.importer.importCorpus(corpus);
		assertThat(report.written()).isTrue();
		assertThat(this.client.query("""
				MATCH (:Entity {id: 'per'})-[r:OPPOSES]->(:Entity {id: 'secure-std-1'})
				RETURN r.locator + ' ' + coalesce(r.meeting, '-') ORDER BY r.locator""").fetchAs(String.class).all())
			.containsExactly("p. 2 wco-secure-wg-3", "p. 3 -");
		assertThat(this.client.query("MATCH (n:Source {id: 'my-source'}) RETURN n.source").fetchAs(String.class).one())
			.hasValue("late-source");
	}

	@Test
	void aRelationshipEndMayBeAnyLabelButMustExist() {
		CorpusFiles corpus = corpus("ends").file("relationships/OPPOSES.csv", "from,to,source,locator",
				"bra,trips,li-2008,IV", "nobody,secure-std-1,li-2008,IV")
			.files();
		assertThat(this.importer.dryRun(corpus).problems())
			.extracting(ImportProblem::file, ImportProblem::line, ImportProblem::column, ImportProblem::message)
			.containsExactly(tuple("relationships/OPPOSES.csv", 3L, "from",
					"'nobody' is neither in this corpus nor in the graph"));
		assertThat(GraphSnapshot.of(this.client)).isEqualTo(this.before);
	}

	/** Both ends new: staging returns only the rows whose labels the type does not connect, and each is reported. */
	@Test
	void relationshipsBetweenTwoNewNodesConnectOnlyTheLabelsTheirTypeAllows() {
		CorpusFiles corpus = corpus("ends").file("nodes/Source.csv", "id,name,source,locator", "ends-notes,Notes,ends-notes,all")
			.file("nodes/Forum.csv", "id,name,source,locator", "ends-forum,A forum,ends-notes,p. 1")
			.file("nodes/Meeting.csv", "id,name,source,locator", "ends-meeting,A meeting,ends-notes,p. 2",
					"ends-meeting-2,Another,ends-notes,p. 2")
			.file("relationships/HELD_BY.csv", "from,to,source,locator", "ends-meeting,ends-forum,ends-notes,p. 3",
					"ends-forum,ends-meeting,ends-notes,p. 4", "ends-meeting-2,ends-forum,ends-notes,p. 5",
					"ends-meeting-2,ends-meeting,ends-notes,p. 6")
			.files();
		ImportReport report = this.importer.dryRun(corpus);
		assertThat(report.problems()).extracting(ImportProblem::toString)
			.containsExactly(
					"relationships/HELD_BY.csv:3: HELD_BY cannot connect a Forum ('ends-forum') to a Meeting ('ends-meeting'); "
							+ "it connects [Meeting -> Forum]",
					"relationships/HELD_BY.csv:5: HELD_BY cannot connect a Meeting ('ends-meeting-2') to a Meeting "
							+ "('ends-meeting'); it connects [Meeting -> Forum]");
		assertThat(report.relationships().created()).isEqualTo(4);
		assertThat(GraphSnapshot.of(this.client)).isEqualTo(this.before);
	}

	@Test
	void relationshipsConnectOnlyTheLabelsTheirTypeAllowsAndNoneAnotherCorpusAsserts() {
		this.importer.importCorpus(corpus("first").file("nodes/Source.csv", "id,name,source,locator",
				"checks-notes,Notes,checks-notes,all")
			.file("nodes/Forum.csv", "id,name,source,locator", "checks-forum,A forum,checks-notes,p. 1")
			.file("nodes/Meeting.csv", "id,name,source,locator", "checks-meeting,A meeting,checks-notes,p. 2")
			.file("relationships/HELD_BY.csv", "from,to,source,locator", "checks-meeting,checks-forum,checks-notes,p. 3")
			.files());
		List<String> withFirst = GraphSnapshot.of(this.client);
		CorpusFiles second = corpus("second").file("relationships/HELD_BY.csv", "from,to,source,locator",
				"checks-meeting,bra,checks-notes,p. 4", "checks-meeting,checks-forum,checks-notes,p. 3")
			.files();
		List<org.assertj.core.groups.Tuple> expected = List.of(
				tuple("relationships/HELD_BY.csv", 2L, null,
						"HELD_BY cannot connect a Meeting ('checks-meeting') to an Actor ('bra'); it connects [Meeting -> Forum]"),
				tuple("relationships/HELD_BY.csv", 3L, null,
						"HELD_BY from 'checks-meeting' to 'checks-forum' with this source and locator is already asserted "
								+ "by corpus 'first'; give the locator where this corpus found it"));
		assertThat(this.importer.dryRun(second).problems())
			.extracting(ImportProblem::file, ImportProblem::line, ImportProblem::column, ImportProblem::message)
			.containsExactlyElementsOf(expected);
		assertThatExceptionOfType(CorpusImportException.class).isThrownBy(() -> this.importer.importCorpus(second))
			.satisfies((ex) -> assertThat(ex.report().problems())
				.extracting(ImportProblem::file, ImportProblem::line, ImportProblem::column, ImportProblem::message)
				.containsExactlyElementsOf(expected));
		assertThat(GraphSnapshot.of(this.client)).isEqualTo(withFirst);
	}

	/** A corpus in a directory of this name: its id. */
	private CorpusDirectory corpus(String id) {
		return new CorpusDirectory(this.root.resolve(id));
	}

}
