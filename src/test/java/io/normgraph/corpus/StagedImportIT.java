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
 * The importer writes in many bounded transactions yet all or nothing as readers see it: it
 * stages everything out of readers' sight, passes a commit point, and publishes while readers
 * wait at the read gate. Failures are provoked for real, with a uniqueness constraint the
 * validator knows nothing about, in the staging and in the publishing step, against the shared
 * end-to-end database; readers are the real HTTP API.
 */
@EndToEndTest
class StagedImportIT {

	/** Rows over two staging transactions, so the second can fail after the first committed. */
	private static final int TWO_BATCHES = StagingRun.BATCH + 10;

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
	void aFailureWhilePublishingIsFinishedOnceItsCauseIsGone() {
		// Two new actors with one name: staged fine (no Actor label yet), refused when published,
		// after the commit point: the import is then finished, not undone, once it can be.
		CorpusFiles corpus = new CorpusDirectory(this.root)
			.file("nodes/Actor.csv", "id,name,source,locator", "staged-a,Same name,li-2008,test",
					"staged-b,Same name,li-2008,test")
			.file("relationships/OPPOSES.csv", "from,to,source,locator", "staged-a,staged-b,li-2008,test",
					"staged-a,secure-std-1,li-2008,test")
			.files();
		String id = CorpusDirectory.id(this.root);
		try {
			withConstraint("FOR (n:Actor) REQUIRE n.name IS UNIQUE", () -> assertThatExceptionOfType(
					DataAccessException.class).isThrownBy(() -> this.importer.importCorpus(corpus))
				.withMessageContaining("already exists with label `Actor` and property `name` = 'Same name'"));
			assertThat(this.importer.finishOrRemoveUnfinishedImport()).hasValueSatisfying((line) -> assertThat(line)
				.startsWith("Finished publishing corpus " + id));
			assertThat(this.api.get("/api/v1/nodes?label=Actor&name={name}", "Same name").getBody().get("total").asInt())
				.isEqualTo(2);
			assertThat(this.client.query("MATCH (n) WHERE n:__Staged OR n:__StagedChange RETURN count(n)")
				.fetchAs(Long.class).one()).hasValue(0L);
		}
		finally {
			this.importer.remove(id, false);
		}
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
	void runningOutOfMemoryIsOneLineNamingTheSettingAndTheGraphAsItWas() {
		// The heap runs out in the middle of the second staging batch: what the first staged is removed.
		List<String> rows = new ArrayList<>(List.of("id,name,source,locator"));
		IntStream.range(0, TWO_BATCHES).forEach((i) -> rows.add("oom-" + i + ",Actor " + i + ",li-2008,test"));
		byte[] content = (String.join("\n", rows) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
		CorpusFiles corpus = new CorpusFiles("a corpus too large for the heap", "oom", List.of(new CorpusFiles.CorpusFile(
				"nodes/Actor.csv", () -> new java.io.ByteArrayInputStream(content) {

					@Override
					public synchronized int read(byte[] buffer, int offset, int length) {
						if (this.pos > content.length * 3 / 4) {
							throw new OutOfMemoryError("Java heap space");
						}
						return super.read(buffer, offset, Math.min(length, 512));
					}

				})));
		assertThatExceptionOfType(ImportOutOfMemoryException.class).isThrownBy(() -> this.importer.importCorpus(corpus))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("\n")
				.startsWith("The import ran out of memory (Java heap space).")
				.contains("Give normgraph more heap with -Xmx")
				.endsWith("Nothing was changed: an import's memory does not grow with the corpus, so this heap is too small "
						+ "for normgraph itself."));
		assertThat(GraphSnapshot.of(this.client)).isEqualTo(this.before);
		assertThat(this.client.query("MATCH (n) WHERE n:__Staged OR n:__StagedChange OR n:__Normgraph AND n.id = 'import' "
				+ "RETURN count(n)").fetchAs(Long.class).one()).hasValue(0L);
	}

	@Test
	void readersSeeNoneOfACorpusOrAllOfIt() {
		int nodes = 3 * StagingRun.BATCH;
		List<String> rows = new ArrayList<>(List.of("id,name,source,locator"));
		IntStream.range(0, nodes).forEach((i) -> rows.add("visible-" + i + ",Visible actor " + i + ",li-2008,test"));
		List<String> links = new ArrayList<>(List.of("from,to,source,locator"));
		IntStream.range(0, nodes).forEach((i) -> links.add("visible-" + i + ",wco,li-2008,test " + i));
		CorpusFiles corpus = new CorpusDirectory(this.root).file("nodes/Actor.csv", rows.toArray(String[]::new))
			.file("relationships/MEMBER_OF.csv", links.toArray(String[]::new))
			.files();
		Set<Integer> seen = new ConcurrentSkipListSet<>();
		Set<Integer> members = new ConcurrentSkipListSet<>();
		Set<String> phases = new ConcurrentSkipListSet<>();
		try {
			CompletableFuture<ImportReport> running = CompletableFuture.supplyAsync(() -> this.importer.importCorpus(corpus));
			while (!running.isDone()) {
				this.importer.currentImport().ifPresent((now) -> phases.add(now.phase()));
				seen.add(visibleThroughTheApi());
				members.add(membersThroughTheApi());
			}
			assertThat(running.join().nodes().created()).isEqualTo(nodes);
			assertThat(phases).as("phases seen while reading").contains(ImportProgress.VALIDATE);
			// Never part of it: each read saw none or all (a fast import may finish before a read sees all).
			assertThat(seen).as("actors read through the API during the import").isNotEmpty().isSubsetOf(0, nodes);
			assertThat(members).as("memberships read through the API during the import").isNotEmpty()
				.isSubsetOf(0, nodes);
			assertThat(visibleThroughTheApi()).isEqualTo(nodes);
			assertThat(membersThroughTheApi()).isEqualTo(nodes);
		}
		finally {
			this.importer.remove(CorpusDirectory.id(this.root), false);
		}
		assertThat(GraphSnapshot.of(this.client)).isEqualTo(this.before);
	}

	private int visibleThroughTheApi() {
		return this.api.get("/api/v1/nodes?label=Actor&name={name}&size=1", "Visible actor").getBody().get("total").asInt();
	}

	/**
	 * wco's MEMBER_OF relationships from the import's actors, read in one request (the subgraph
	 * export around wco, which is not cut at a limit): 0 or all of them, never some.
	 */
	private int membersThroughTheApi() {
		var export = this.api.ok("/api/v1/exports/cyjs?root=wco&depth=1&types=MEMBER_OF");
		int members = 0;
		for (var edge : export.get("elements").get("edges")) {
			if (edge.get("data").get("source").asString().startsWith("visible-")) {
				members++;
			}
		}
		return members;
	}

	@Test
	void whatAKilledImportStagedIsInvisibleAndRemovedAtTheNextStart() {
		this.client.query("""
				CREATE (a:__Staged {id: 'staged-leftover', name: 'Left over', source: 'li-2008', locator: 'test'})
				CREATE (b:__Staged {id: 'staged-other', name: 'Other', source: 'li-2008', locator: 'test'})
				CREATE (a)-[:DERIVES_FROM {source: 'li-2008', locator: 'test'}]->(b)""").run();
		assertThat(this.api.get("/api/v1/nodes/{id}", "staged-leftover").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.api.get("/api/v1/search?q={q}", "Left over").getBody().toString()).doesNotContain("staged-leftover");
		assertThat(this.importer.finishOrRemoveUnfinishedImport()).hasValueSatisfying((line) -> assertThat(line)
			.startsWith("Removed what an import that did not end had staged (2 staged rows)"));
		assertThat(GraphSnapshot.of(this.client)).isEqualTo(this.before);
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
