package io.normgraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import io.normgraph.EndToEndTest;
import io.normgraph.graph.GraphSnapshot;

/**
 * Staging batches are written by several transactions at once while the next batch is checked
 * ({@link StagingWrites}), so a duplicate of a row whose batch has not committed yet cannot be
 * found in the database: it must be found all the same. The first batch's write is held for
 * real: a transaction of the test's own, left open, holds the uniqueness lock (a constraint the
 * validator knows nothing about) that the batch's first row needs, until the duplicate in the
 * second batch has been checked.
 */
@EndToEndTest
class ConcurrentStagingIT {

	/** Rows over two staging batches: the second is checked while the first is still being written. */
	private static final int TWO_BATCHES = StagingRun.BATCH + 10;

	@Autowired
	CorpusImporter importer;

	@Autowired
	Neo4jClient client;

	@Autowired
	Driver driver;

	@TempDir
	Path root;

	private List<String> before;

	@BeforeEach
	void setUp() {
		this.before = GraphSnapshot.of(this.client);
	}

	@AfterEach
	void dropTheConstraint() {
		this.client.query("DROP CONSTRAINT concurrent_staging_test IF EXISTS").run();
		assertThat(GraphSnapshot.of(this.client)).isEqualTo(this.before);
	}

	@Test
	void aDuplicateNodeOfARowStillBeingWrittenIsFound() {
		List<String> actors = rows("id,name,source,locator", (i) -> "staged-" + i + ",Actor " + i + ",li-2008,test");
		actors.add("staged-0,Another actor,li-2008,test");
		CorpusFiles corpus = new CorpusDirectory(this.root).file("nodes/Actor.csv", actors.toArray(String[]::new)).files();
		ImportReport report = importWhileHeld("FOR (n:__Staged) REQUIRE n.name IS UNIQUE",
				"CREATE (:__Staged {name: 'Actor 0'})", corpus, TWO_BATCHES + 1);
		assertThat(report.problems()).extracting(ImportProblem::toString)
			.containsExactly("nodes/Actor.csv:" + (TWO_BATCHES + 2) + " column 'id': duplicate id 'staged-0', first defined at "
					+ "nodes/Actor.csv:2");
	}

	@Test
	void aDuplicateRelationshipOfARowStillBeingWrittenIsFound() {
		// A type of the corpus's own, so that the constraint holds whatever else the database has.
		List<String> rows = rows("from,to,source,locator", (i) -> "staged-a,staged-b,li-2008,row " + i);
		rows.add("staged-a,staged-b,li-2008,row 0");
		CorpusFiles corpus = new CorpusDirectory(this.root)
			.file("corpus.yml", "id: concurrent-staging-test", "name: Concurrent staging test", "relationships:",
					"  CONCURRENT_TEST:", "    connects: [\"Actor -> Actor\"]")
			.file("nodes/Actor.csv", "id,name,source,locator", "staged-a,Actor a,li-2008,test", "staged-b,Actor b,li-2008,test")
			.file("relationships/CONCURRENT_TEST.csv", rows.toArray(String[]::new))
			.files();
		ImportReport report = importWhileHeld("FOR ()-[r:CONCURRENT_TEST]-() REQUIRE r.locator IS UNIQUE",
				"CREATE (:ConcurrentStagingTest)-[:CONCURRENT_TEST {locator: 'row 0'}]->(:ConcurrentStagingTest)", corpus,
				TWO_BATCHES + 3);
		assertThat(report.problems()).extracting(ImportProblem::toString)
			.containsExactly("relationships/CONCURRENT_TEST.csv:" + (TWO_BATCHES + 2) + ": duplicate CONCURRENT_TEST from "
					+ "'staged-a' to 'staged-b' with the same source and locator as relationships/CONCURRENT_TEST.csv:2");
	}

	/**
	 * Imports (expecting it to fail on its problems) while a transaction of the test's own holds
	 * the lock the first batch's write needs, until {@code rows} rows have been checked.
	 */
	private ImportReport importWhileHeld(String constraint, String holder, CorpusFiles corpus, long rows) {
		this.client.query("CREATE CONSTRAINT concurrent_staging_test " + constraint).run();
		CompletableFuture<ImportReport> imported;
		try (Session session = this.driver.session(); Transaction held = session.beginTransaction()) {
			held.run(holder).consume();
			imported = CompletableFuture.supplyAsync(() -> {
				try {
					this.importer.importCorpus(corpus);
					throw new AssertionError("the import succeeded");
				}
				catch (CorpusImportException ex) {
					return ex.report();
				}
			});
			long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
			while (this.importer.currentImport().map(ImportProgress::done).orElse(0L) < rows && !imported.isDone()
					&& System.nanoTime() < deadline) {
				Thread.onSpinWait();
			}
			held.rollback();
		}
		return imported.orTimeout(2, TimeUnit.MINUTES).join();
	}

	private static List<String> rows(String header, IntFunction<String> row) {
		List<String> rows = new ArrayList<>(List.of(header));
		IntStream.range(0, TWO_BATCHES).mapToObj(row).forEach(rows::add);
		return rows;
	}

}
