package io.normgraph.reuse.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

import io.normgraph.KilledJar;
import io.normgraph.LongRunning;

import io.normgraph.synthetic.PlantedReuseCorpus;

/**
 * The packaged jar's {@code reuse} command, killed (SIGKILL) once it has committed part of its
 * findings beside those of the run after the import: the next start removes what it wrote and
 * says so in one line, and the graph then holds the earlier run's findings exactly, with its
 * Source node alone, and no journal.
 */
@LongRunning
class ReuseKillIT {

	/**
	 * A corpus whose full run finds a few hundred relationships (534), written in transactions of
	 * {@link #WRITE_BATCH} ({@link ReuseService#WRITE_BATCH}) rather than the default 5,000, so that
	 * the write takes a hundred of them and the kill lands between two: the scale of the corpus is
	 * not what is tested (it was 10,000 provisions, 7,916 relationships, to span two default
	 * transactions).
	 */
	private static final int PROVISIONS = 1_000;

	private static final int WRITE_BATCH = 5;

	/** Transactions the write must need at least, so that one line of progress comes with many still to go. */
	private static final int TRANSACTIONS = 20;

	private static final Pattern REMOVED = Pattern.compile(
			"Removed what reuse run reuse-run-\\S+, which did not end, had written \\((\\d+) relationships\\); the findings from before it stand");

	private static final Pattern KEPT = Pattern
		.compile("run (reuse-run-\\S+) kept (\\d+) provision-level and (\\d+) instrument-level reuse relationships");

	private static final Pattern WRITING = Pattern.compile("writing: (\\d+) of (\\d+) relationships");

	@TempDir
	Path work;

	@Test
	@Timeout(value = 15, unit = TimeUnit.MINUTES)
	void aRunKilledWhileWritingLeavesTheFindingsFromBeforeIt() throws Exception {
		PlantedCorpusFiles.write(this.work, "kill-reuse", new PlantedReuseCorpus(PROVISIONS, 0.2, 42).provisions());
		Path corpus = this.work.resolve("kill-reuse");
		Path data = this.work.resolve("data");
		Process imported = KilledJar.start("import", corpus.toString(), "--normgraph.embedded.data-directory=" + data);
		String importLog = new String(imported.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(imported.waitFor(600, TimeUnit.SECONDS)).isTrue();
		Matcher kept = KEPT.matcher(importLog);
		assertThat(kept.find()).as("the run after the import kept its findings: " + importLog).isTrue();
		String earlier = kept.group(1);
		long relationships = Long.parseLong(kept.group(2)) + Long.parseLong(kept.group(3));

		Process run = KilledJar.start("reuse", "--normgraph.embedded.data-directory=" + data,
				"--" + ReuseService.WRITE_BATCH + "=" + WRITE_BATCH);
		long toWrite;
		try (BufferedReader out = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
			String line = out.readLine();
			Matcher writing = WRITING.matcher("");
			while (line != null && !(writing.reset(line).matches() && Long.parseLong(writing.group(1)) > 0
					&& Long.parseLong(writing.group(1)) < Long.parseLong(writing.group(2)))) {
				line = out.readLine();
			}
			assertThat(line).as("the run committed part of its findings").isNotNull();
			run.destroyForcibly();
			assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
			toWrite = Long.parseLong(writing.group(2));
		}
		assertThat(toWrite).as("relationships the killed run had to write").isGreaterThanOrEqualTo((long) TRANSACTIONS * WRITE_BATCH);

		Process restart = KilledJar.start("import", "import/examples/fictional-trade", "--dry-run",
				"--normgraph.embedded.data-directory=" + data);
		String restarted = new String(restart.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(restart.waitFor(300, TimeUnit.SECONDS)).isTrue();
		Matcher removed = REMOVED.matcher(restarted);
		assertThat(removed.find()).as("the next start says what it did: " + restarted).isTrue();
		assertThat(Long.parseLong(removed.group(1))).as("the kill landed between two of the run's transactions")
			.isPositive()
			.isLessThan(toWrite);
		DatabaseManagementService database = new DatabaseManagementServiceBuilder(data).setConfig(BoltConnector.enabled, false)
			.build();
		try {
			GraphDatabaseService graph = database.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			assertThat(KilledJar.count(graph, "MATCH ()-[r:REUSES]->() RETURN count(r)")).isEqualTo(relationships);
			assertThat(KilledJar.count(graph, "MATCH ()-[r:REUSES]->() WHERE r.source <> '" + earlier + "' RETURN count(r)")).isZero();
			assertThat(KilledJar.count(graph, "MATCH (s:Source) WHERE s.reuseRun RETURN count(s)")).isOne();
			assertThat(KilledJar.count(graph, "MATCH (n:__Normgraph) RETURN count(n)")).isZero();
		}
		finally {
			database.shutdown();
		}
	}

}
