package io.normgraph.reuse.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.neo4j.core.Neo4jClient;

import io.normgraph.corpus.CorpusImporter;
import io.normgraph.synthetic.PlantedReuseCorpus;

/**
 * A run for a corpus ({@code reuse --corpus}) takes the index kept from earlier runs, in memory or
 * from its file, and compares only the corpus's provisions in it; what it keeps is what a run
 * with an index built anew keeps, and what a full run keeps about the corpus. The corpus's
 * instruments are spread through the graph's id order, so that its provisions are neither the
 * newest in the index nor the oldest.
 */
@SpringBootTest(properties = { "normgraph.reuse.after-import=true", "normgraph.corpus.load-bundled=false" })
@ResourceLock(ReuseAfterImportIT.CONTEXT)
class ReuseCorpusRunIT {

	private static final String OTHERS = "reuse-others";

	private static final String CORPUS = "reuse-spread";

	@Autowired
	CorpusImporter importer;

	@Autowired
	ReuseService reuse;

	@Autowired
	KeptIndex kept;

	@Autowired
	Neo4jClient client;

	@TempDir
	Path root;

	@AfterEach
	void removeEverything() {
		ReuseCleanUp.after(this.importer, this.client, CORPUS, OTHERS);
		this.kept.invalidate();
	}

	@Test
	void aRunForACorpusComparesItsProvisionsInTheKeptIndexAndKeepsWhatANewIndexAndAFullRunKeep() {
		List<PlantedReuseCorpus.Provision> all = new PlantedReuseCorpus(600, 0.2, 42).provisions();
		Set<String> instruments = new LinkedHashSet<>();
		all.forEach((p) -> instruments.add(p.instrument()));
		List<String> spread = new ArrayList<>();
		int n = 0;
		for (String instrument : instruments) {
			if (n++ % 4 == 1) {
				spread.add(instrument);
			}
		}
		List<PlantedReuseCorpus.Provision> corpus = all.stream().filter((p) -> spread.contains(p.instrument())).toList();
		List<PlantedReuseCorpus.Provision> others = all.stream().filter((p) -> !spread.contains(p.instrument())).toList();
		this.importer.importCorpus(PlantedCorpusFiles.write(this.root, OTHERS, others));
		this.importer.importCorpus(PlantedCorpusFiles.write(this.root, CORPUS, corpus));
		List<String> ids = new ArrayList<>(spread);
		corpus.forEach((p) -> ids.add(p.id()));

		ReuseSummary full = this.reuse.run(null, (p) -> {
		});
		Set<String> byFullRun = StoredFindings.touching(this.client, ids);
		assertThat(byFullRun).as("findings and roll-ups about the corpus").hasSizeGreaterThan(20)
			.anyMatch((line) -> line.contains("level=instrument"));

		ReuseSummary inMemory = this.reuse.run(CORPUS, (p) -> {
		});
		assertThat(inMemory.stepMillis()).containsKey(IncrementalPlanner.KEPT).doesNotContainKey(IncrementalPlanner.BUILT);
		assertThat(inMemory.run().provisions()).as("read the corpus's provisions only").isEqualTo(corpus.size());
		assertThat(inMemory.provisionRelationships()).isPositive();
		Set<String> keptInMemory = StoredFindings.touching(this.client, ids);

		this.kept.destroy();
		ReuseSummary fromFile = this.reuse.run(CORPUS, (p) -> {
		});
		assertThat(fromFile.stepMillis()).containsKey(IncrementalPlanner.KEPT);
		Set<String> keptInFile = StoredFindings.touching(this.client, ids);

		this.kept.invalidate();
		ReuseSummary anew = this.reuse.run(CORPUS, (p) -> {
		});
		assertThat(anew.stepMillis()).containsKey(IncrementalPlanner.BUILT).doesNotContainKey(IncrementalPlanner.KEPT);
		Set<String> builtAnew = StoredFindings.touching(this.client, ids);
		assertThat(differences(keptInMemory, builtAnew)).as("kept index in memory against an index built anew").isEmpty();
		assertThat(differences(keptInFile, builtAnew)).as("kept index from its file against an index built anew").isEmpty();
		assertThat(List.of(inMemory.run().compared(), fromFile.run().compared(), inMemory.run().candidates()))
			.isEqualTo(List.of(anew.run().compared(), anew.run().compared(), anew.run().candidates()));
		assertThat(anew.run().compared()).isLessThan(full.run().compared() / 2);
		// The same pairs as the full run; where a corpus provision has the smaller id the full run aligned the pair the
		// other way round, which may move a span's end by a word (docs/reuse.md, "Scope").
		assertThat(differences(pairs(keptInMemory), pairs(byFullRun))).as("the full run's pairs").isEmpty();
	}

	/** Each line's ends and level. */
	private static Set<String> pairs(Set<String> lines) {
		Set<String> pairs = new java.util.TreeSet<>();
		lines.forEach((line) -> pairs.add(line.substring(0, line.indexOf(" {")) + " "
				+ (line.contains("level=instrument") ? "instrument" : "provision")));
		return pairs;
	}

	/** What one set has and the other not, each line marked with the set it is in. */
	private static List<String> differences(Set<String> actual, Set<String> expected) {
		List<String> differences = new ArrayList<>();
		actual.stream().filter((line) -> !expected.contains(line)).forEach((line) -> differences.add("only this run: " + line));
		expected.stream().filter((line) -> !actual.contains(line)).forEach((line) -> differences.add("only the full run: " + line));
		return differences;
	}

}
