package io.normgraph.reuse.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.neo4j.core.Neo4jClient;

import io.normgraph.corpus.CorpusFiles;
import io.normgraph.corpus.CorpusImporter;

/**
 * Detection after every import, on (the test profile turns it off elsewhere): an import finds
 * the reuse inside its corpus; a second corpus that copies the first gets its findings from a run
 * that compares only its provisions, leaving the first corpus's findings as their run wrote them;
 * a new version with one text changed replaces that provision's findings only; a removal leaves
 * the roll-up of the instruments that lost findings true.
 */
@SpringBootTest(properties = { "normgraph.reuse.after-import=true", "normgraph.corpus.load-bundled=false" })
@ResourceLock(ReuseAfterImportIT.CONTEXT)
class ReuseAfterImportIT {

	/**
	 * The lock on the context (and database) the classes with detection after imports on share:
	 * IT classes run side by side, and two of these importing at once would meet the import lock.
	 */
	static final String CONTEXT = "io.normgraph.reuse.after-import-context";

	/** Every inferred relationship of the test's ids: later|earlier|level → the run (its locator) that wrote it. */
	private static final String REUSES = """
			MATCH (a:Entity)-[r:REUSES]->(b:Entity) WHERE r.inferred AND (a.id STARTS WITH 'r' AND b.id STARTS WITH 'r')
			RETURN a.id + '|' + b.id + '|' + r.level AS key, r.locator AS run, r.provisions AS provisions""";

	@Autowired
	CorpusImporter importer;

	@Autowired
	ReuseService reuse;

	@Autowired
	Neo4jClient client;

	@TempDir
	Path root;

	private final ReuseCorpus a = new ReuseCorpus();

	@AfterEach
	void removeEverything() {
		ReuseCleanUp.after(this.importer, this.client, "reuse-c", "reuse-b", ReuseCorpus.ID);
	}

	@Test
	void eachImportComparesOnlyWhatItChangedAndReplacesOnlyItsFindings() {
		this.importer.importCorpus(this.a.write(this.root));
		Map<String, Object> afterA = reuses();
		String runA = (String) afterA.get("rt-new-1|rt-old-1|provision");
		assertThat(runA).as("the copy planted inside corpus A, found after its import").startsWith("reuse-run-");
		assertThat(afterA).containsKey("rt-new|rt-old|instrument");

		this.importer.importCorpus(corpusB(this.a.new1));
		Map<String, Object> afterB = reuses();
		String runB = (String) afterB.get("rb-2|rt-new-1|provision");
		assertThat(runB).as("B's copy of A, found after B's import").isNotNull().isNotEqualTo(runA);
		assertThat(afterB).containsEntry("rb-1|rt-old-2|provision", runB).containsEntry("rb|rt-new|instrument", runB);
		assertThat(afterB).as("A's own findings and roll-up, untouched by B's run")
			.containsEntry("rt-new-1|rt-old-1|provision", runA)
			.containsEntry("rt-new|rt-old|instrument", afterA.get("rt-new|rt-old|instrument"));
		ReuseSummary b = this.reuse.latest().orElseThrow().summary();
		assertThat(b.run().provisions()).as("B's run read B's two provisions, not the graph").isEqualTo(2);

		this.importer.importCorpus(corpusB("Something else entirely: " + this.a.old2));
		Map<String, Object> afterChange = reuses();
		String runChange = (String) afterChange.get("rb-2|rt-old-2|provision");
		assertThat(runChange).as("the changed provision's new finding").isNotNull().isNotIn(runA, runB);
		assertThat(afterChange).as("its findings of the text it no longer has are gone")
			.doesNotContainKeys("rb-2|rt-new-1|provision", "rb-2|rt-old-1|provision")
			.as("the unchanged provision's finding, as B's first run wrote it")
			.containsEntry("rb-1|rt-old-2|provision", runB)
			.containsEntry("rt-new-1|rt-old-1|provision", runA);
		assertThat(this.reuse.latest().orElseThrow().summary().run().compared()).isEqualTo(1);
	}

	@Test
	void aRemovalRedoesTheRollUpOfTheInstrumentsThatLostFindings() {
		this.importer.importCorpus(this.a.write(this.root));
		this.importer.importCorpus(corpusB(this.a.new1, "rb-3,B 3,reuse-test-source,3," + this.a.old1));
		assertThat(reuses()).containsKeys("rb-3|rt-old-1|provision", "rb-2|rt-new-1|provision");
		long before = findings("rb", "rt-old");
		assertThat(provisions("rb", "rt-old")).isEqualTo(before);

		this.importer.importCorpus(corpusB(this.a.new1));
		assertThat(reuses()).doesNotContainKey("rb-3|rt-old-1|provision");
		assertThat(findings("rb", "rt-old")).isEqualTo(before - 1);
		assertThat(provisions("rb", "rt-old")).as("the roll-up of rb, without the deleted provision").isEqualTo(before - 1);

		this.importer.remove("reuse-b", false);
		assertThat(reuses()).containsKey("rt-new|rt-old|instrument").doesNotContainKey("rb|rt-new|instrument");
		assertThat(provisions("rt-new", "rt-old")).isEqualTo(findings("rt-new", "rt-old"));
	}

	@Test
	void anImportThatDatesAnotherCorpusesInstrumentOrientsItsFindingsByTheNewDate() {
		this.importer.importCorpus(this.a.write(this.root));
		assertThat(orientation("rt-undated-1", "rt-old-2")).as("an undated instrument: the dates do not decide")
			.isEqualTo("undirected");

		// Corpus C dates A's undated instrument (2015) and copies the same text (2020): only its own provision is new.
		Path dir = this.root.resolve("reuse-c");
		write(dir.resolve("nodes/Instrument.csv"), "id,name,source,locator,date",
				"rt-undated,Undated agreement,reuse-test-source,3,2015-06-01", "rc,C agreement,reuse-test-source,1,2020-01-01");
		write(dir.resolve("nodes/Provision.csv"), "id,name,source,locator,text",
				"rc-1,C 1,reuse-test-source,1,The parties further agree: " + this.a.old2);
		write(dir.resolve("relationships/PART_OF.csv"), "from,to,source,locator", "rc-1,rc,reuse-test-source,1");
		this.importer.importCorpus(CorpusFiles.fromDirectory(dir));

		assertThat(orientation("rc-1", "rt-undated-1")).as("C's copy of the instrument now dated 2015")
			.isEqualTo("rc-1 → rt-undated-1");
		assertThat(orientation("rt-undated-1", "rt-old-2")).as("A's own finding, oriented by the new date")
			.isEqualTo("rt-undated-1 → rt-old-2");
		this.importer.remove("reuse-c", false);
	}

	/** How the provision-level finding between two provisions is stored: "later → earlier", or "undirected". */
	private String orientation(String one, String other) {
		return this.client.query("""
				MATCH (a:Entity {id: $one})-[r:REUSES {level: 'provision'}]-(b:Entity {id: $other})
				RETURN CASE WHEN r.directed THEN startNode(r).id + ' → ' + endNode(r).id ELSE 'undirected' END""")
			.bindAll(Map.of("one", one, "other", other)).fetchAs(String.class).one().orElse("none");
	}

	/** Provisions of {@code later} with a finding in {@code earlier}. */
	private long findings(String later, String earlier) {
		return this.client.query("""
				MATCH (a:Entity)-[r:REUSES {level: 'provision'}]->(:Entity)
				WHERE r.laterInstrument = $later AND r.earlierInstrument = $earlier
				RETURN count(DISTINCT a) AS n""").bindAll(Map.of("later", later, "earlier", earlier))
			.fetchAs(Long.class).one().orElseThrow();
	}

	private Object provisions(String later, String earlier) {
		Map<String, Object> found = new HashMap<>();
		this.client.query(REUSES).fetch().all().forEach((row) -> found.put((String) row.get("key"), row.get("provisions")));
		return found.get(later + "|" + earlier + "|instrument");
	}

	private Map<String, Object> reuses() {
		Map<String, Object> found = new HashMap<>();
		this.client.query(REUSES).fetch().all().forEach((row) -> found.put((String) row.get("key"), row.get("run")));
		return found;
	}

	/** Corpus B (an instrument of 2020): rb-1 copies rt-old-2, rb-2 copies the text given, and more rows if given. */
	private CorpusFiles corpusB(String second, String... more) {
		Path dir = this.root.resolve("reuse-b-" + System.nanoTime()).resolve("reuse-b");
		write(dir.resolve("nodes/Instrument.csv"), "id,name,source,locator,date", "rb,B agreement,reuse-test-source,1,2020-01-01");
		StringBuilder provisions = new StringBuilder("id,name,source,locator,text\n");
		provisions.append("rb-1,B 1,reuse-test-source,1,Both parties agree: ").append(this.a.old2).append('\n');
		provisions.append("rb-2,B 2,reuse-test-source,2,").append(second).append('\n');
		StringBuilder partOf = new StringBuilder("from,to,source,locator\nrb-1,rb,reuse-test-source,1\nrb-2,rb,reuse-test-source,1\n");
		for (String row : more) {
			provisions.append(row).append('\n');
			partOf.append(row, 0, row.indexOf(',')).append(",rb,reuse-test-source,1\n");
		}
		write(dir.resolve("nodes/Provision.csv"), provisions.toString().strip());
		write(dir.resolve("relationships/PART_OF.csv"), partOf.toString().strip());
		return CorpusFiles.fromDirectory(dir);
	}

	private static void write(Path file, String... lines) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, String.join("\n", lines) + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
