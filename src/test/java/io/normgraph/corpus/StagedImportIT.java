package io.normgraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.HttpStatus;

import io.normgraph.Api;
import io.normgraph.EndToEndTest;
import io.normgraph.graph.GraphSnapshot;

/**
 * The importer writes in many transactions yet all or nothing: it stages new nodes out of
 * readers' sight and publishes them in one transaction. Failures are provoked for real, with
 * a uniqueness constraint the validator knows nothing about, in the staging and in the
 * publishing step, against the shared end-to-end database.
 */
@EndToEndTest
class StagedImportIT {

	/** Rows over two staging transactions, so the second can fail after the first committed. */
	private static final int TWO_BATCHES = CorpusWriter.BATCH_SIZE + 10;

	@Autowired
	CorpusImporter importer;

	@Autowired
	Neo4jClient client;

	@Autowired
	Api api;

	@TempDir
	Path root;

	private List<String> before;

	@BeforeEach
	void setUp() {
		this.before = GraphSnapshot.of(this.client);
	}

	/** Whatever a failed assertion left: this class's ids all start with staged- or visible-. */
	@AfterEach
	void removeWhatThisClassWrote() {
		this.client.query("MATCH (n) WHERE n.id STARTS WITH 'staged-' OR n.id STARTS WITH 'visible-' DETACH DELETE n").run();
		this.client.query("DROP CONSTRAINT staged_import_test IF EXISTS").run();
	}

	@Test
	void aFailureWhilePublishingLeavesTheGraphAsItWas() {
		// Two new actors with one name: staged fine (no Actor label yet), refused when published.
		CorpusFiles corpus = new CorpusDirectory(this.root)
			.file("nodes/Actor.csv", "id,name,source,locator", "staged-a,Same name,li-2008,test",
					"staged-b,Same name,li-2008,test")
			.file("relationships/OPPOSES.csv", "from,to,source,locator", "staged-a,staged-b,li-2008,test",
					"staged-a,secure-std-1,li-2008,test")
			.files();
		withConstraint("FOR (n:Actor) REQUIRE n.name IS UNIQUE", () -> assertThatExceptionOfType(
				DataAccessException.class).isThrownBy(() -> this.importer.importCorpus(corpus))
			.withMessageContaining("already exists with label `Actor` and property `name` = 'Same name'"));
		assertThat(GraphSnapshot.of(this.client)).isEqualTo(this.before);
	}

	@Test
	void aFailureAfterSomeStagingTransactionsCommittedLeavesTheGraphAsItWas() {
		// The duplicate sits in the second staging transaction: the first has committed by then.
		List<String> rows = new ArrayList<>(List.of("id,name,source,locator"));
		IntStream.range(0, TWO_BATCHES).forEach((i) -> rows.add("staged-" + i + ",Actor " + i + ",li-2008,test"));
		rows.add("staged-duplicate,Actor 0,li-2008,test");
		CorpusFiles corpus = new CorpusDirectory(this.root).file("nodes/Actor.csv", rows.toArray(String[]::new)).files();
		withConstraint("FOR (n:__Staged) REQUIRE n.name IS UNIQUE", () -> assertThatExceptionOfType(
				DataAccessException.class).isThrownBy(() -> this.importer.importCorpus(corpus)));
		assertThat(GraphSnapshot.of(this.client)).isEqualTo(this.before);
	}

	@Test
	void readersSeeNoneOfACorpusOrAllOfIt() {
		int nodes = 3 * CorpusWriter.BATCH_SIZE;
		List<String> rows = new ArrayList<>(List.of("id,name,source,locator"));
		IntStream.range(0, nodes).forEach((i) -> rows.add("visible-" + i + ",Actor " + i + ",li-2008,test"));
		CorpusFiles corpus = new CorpusDirectory(this.root).file("nodes/Actor.csv", rows.toArray(String[]::new)).files();
		Set<Long> seenWhileStaging = new ConcurrentSkipListSet<>();
		try {
			CompletableFuture<ImportReport> running = CompletableFuture.supplyAsync(() -> this.importer.importCorpus(corpus));
			while (!running.isDone()) {
				boolean staging = this.importer.currentImport().filter((now) -> now.rowsWritten() > 0).isPresent();
				long visible = countVisible();
				if (staging && this.importer.currentImport().filter((now) -> now.rowsWritten() < nodes).isPresent()) {
					seenWhileStaging.add(visible);
				}
			}
			assertThat(running.join().nodes().created()).isEqualTo(nodes);
			assertThat(seenWhileStaging).as("counts read while batches were being staged").isNotEmpty().containsOnly(0L);
			assertThat(countVisible()).isEqualTo(nodes);
		}
		finally {
			this.importer.remove(CorpusDirectory.id(this.root), false);
		}
		assertThat(GraphSnapshot.of(this.client)).isEqualTo(this.before);
	}

	@Test
	void whatAKilledImportStagedIsInvisibleAndRemovedAtTheNextStart() {
		this.client.query("""
				CREATE (a:__Staged {id: 'staged-leftover', name: 'Left over', source: 'li-2008', locator: 'test'})
				CREATE (b:__Staged {id: 'staged-other', name: 'Other', source: 'li-2008', locator: 'test'})
				CREATE (a)-[:DERIVES_FROM {source: 'li-2008', locator: 'test'}]->(b)""").run();
		assertThat(this.api.get("/api/v1/nodes/{id}", "staged-leftover").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.api.get("/api/v1/search?q={q}", "Left over").getBody().toString()).doesNotContain("staged-leftover");
		assertThat(this.importer.removeUnfinishedImport()).isEqualTo(2);
		assertThat(GraphSnapshot.of(this.client)).isEqualTo(this.before);
	}

	private long countVisible() {
		return this.client.query("MATCH (n:Entity) WHERE n.id STARTS WITH 'visible-' RETURN count(n)")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
	}

	private void withConstraint(String constraint, Runnable test) {
		this.client.query("CREATE CONSTRAINT staged_import_test " + constraint).run();
		try {
			test.run();
		}
		finally {
			this.client.query("DROP CONSTRAINT staged_import_test").run();
		}
	}

}
