package io.normgraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

import io.normgraph.KilledJar;
import io.normgraph.LongRunning;

/**
 * The packaged jar's import command, killed (SIGKILL) while it validates and stages, and again
 * while it publishes: the next start removes what was staged (before the commit point) or
 * finishes publishing (after it), says which in one line, and the graph then holds either
 * nothing of the corpus or all of it, never part: every node, relationship and property, and no
 * staged leftovers.
 */
@LongRunning
class ImportKillIT {

	/**
	 * Enough rows that validating lasts seconds, and published in transactions of
	 * {@link #PUBLISH_CHUNK} (normgraph.import.publish-chunk) rather than the default 10,000 so that
	 * publishing takes dozens of them and a kill lands between two: the scale of the corpus is not
	 * what is tested (100,000 provisions took four minutes of this class on a busy machine).
	 */
	private static final int PROVISIONS = 20_000;

	private static final int PUBLISH_CHUNK = 1_000;

	@TempDir
	Path work;

	@ParameterizedTest(name = "killed in {0}")
	@CsvSource({ "validate, Removed what an import of corpus kill-test that did not end had staged, 0",
			"publish, 'Finished publishing corpus kill-test, which an import that did not end had committed', 20000" })
	@Timeout(value = 15, unit = TimeUnit.MINUTES)
	void aKillAtAnyMomentLeavesReadersTheGraphBeforeOrAfter(String phase, String nextStart, long provisions)
			throws Exception {
		Path corpus = largeCorpus(this.work.resolve("kill-test"));
		Path data = this.work.resolve("data");
		Process process = KilledJar.start("import", corpus.toString(), "--normgraph.embedded.data-directory=" + data,
				"--" + CorpusImporter.PUBLISH_CHUNK + "=" + PUBLISH_CHUNK);
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line = out.readLine();
			while (line != null && !(line.startsWith(phase) && !line.contains(" 0 of "))) {
				line = out.readLine();
			}
			assertThat(line).as("the import reached its " + phase + " phase").isNotNull();
			process.destroyForcibly();
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		}
		Process restart = KilledJar.start("import", "import/examples/fictional-trade", "--dry-run",
				"--normgraph.embedded.data-directory=" + data);
		String restarted = new String(restart.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(restart.waitFor(300, TimeUnit.SECONDS)).isTrue();
		assertThat(restarted).as("the next start says what it did").contains(nextStart);
		DatabaseManagementService database = new DatabaseManagementServiceBuilder(data)
			.setConfig(BoltConnector.enabled, false)
			.build();
		try {
			GraphDatabaseService graph = database.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			assertThat(KilledJar.count(graph, "MATCH (n:Provision) WHERE n.id STARTS WITH 'kill-test-' RETURN count(n)"))
				.isEqualTo(provisions);
			assertThat(KilledJar.count(graph, "MATCH (:Provision)-[r:PART_OF]->(:Instrument {id: 'kill-test'}) RETURN count(r)"))
				.isEqualTo(provisions);
			assertThat(KilledJar.count(graph, "MATCH (n:Provision) WHERE n.id STARTS WITH 'kill-test-' AND (n.corpus IS NULL "
					+ "OR n.__label IS NOT NULL OR n.number IS NULL) RETURN count(n)")).isZero();
			assertThat(KilledJar.count(graph, "MATCH (n) WHERE n:__Staged OR n:__StagedChange OR n:__Normgraph RETURN count(n)"))
				.isZero();
			assertThat(KilledJar.count(graph, "MATCH (c:Corpus {id: 'kill-test'}) RETURN count(c)")).isEqualTo((provisions > 0) ? 1 : 0);
		}
		finally {
			database.shutdown();
		}
	}

	/** A corpus of its own (the command never loads the bundled one): a source, an instrument and its provisions. */
	private static Path largeCorpus(Path root) throws IOException {
		Files.createDirectories(root.resolve("nodes"));
		Files.createDirectories(root.resolve("relationships"));
		Files.writeString(root.resolve("nodes/Source.csv"), "id,name,source,locator\nkill-source,Kill test,kill-source,all\n");
		Files.writeString(root.resolve("nodes/Instrument.csv"), "id,name,source,locator\nkill-test,Kill test,kill-source,all\n");
		try (PrintWriter nodes = new PrintWriter(Files.newBufferedWriter(root.resolve("nodes/Provision.csv")));
				PrintWriter edges = new PrintWriter(Files.newBufferedWriter(root.resolve("relationships/PART_OF.csv")))) {
			nodes.println("id,name,source,locator,number");
			edges.println("from,to,source,locator");
			for (int i = 0; i < PROVISIONS; i++) {
				nodes.println("kill-test-" + i + ",Synthetic provision " + i + ",kill-source,row " + i + "," + i);
				edges.println("kill-test-" + i + ",kill-test,kill-source,row " + i);
			}
		}
		return root;
	}

}
