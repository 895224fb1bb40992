package io.normgraph.reuse.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.normgraph.EndToEndTest;
import io.normgraph.corpus.CorpusImportException;
import io.normgraph.corpus.CorpusImporter;
import io.normgraph.reuse.ReuseFinding;
import io.normgraph.reuse.ReuseSettings;
import io.normgraph.schema.SchemaRegistry;
import io.normgraph.system.ReadGate;

/**
 * A run's findings in the graph: inferred REUSES relationships with scores, spans and the run's
 * Source, apart from asserted ones; replaced whole by the next run, never seen partly written (a
 * failed write is undone, a killed one undone or finished at the next start); and
 * corpus import and removal neither touch them nor are broken by them.
 */
@EndToEndTest
class ReuseStoreIT {

	private static final String REUSES = """
			MATCH (a:Entity)-[r:REUSES]->(b:Entity) WHERE a.id STARTS WITH 'rt-' OR b.id STARTS WITH 'rt-'
			RETURN a.id AS later, b.id AS earlier, properties(r) AS properties ORDER BY later, earlier""";

	@Autowired
	ReuseService reuse;

	@Autowired
	CorpusImporter importer;

	@Autowired
	Neo4jClient client;

	@Autowired
	SchemaRegistry schemas;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	ReadGate gate;

	@Autowired
	UnfinishedRunCleaner unfinished;

	@TempDir
	Path root;

	private final ReuseCorpus corpus = new ReuseCorpus();

	@BeforeEach
	void importTheCorpus() {
		this.importer.importCorpus(this.corpus.write(this.root));
	}

	@AfterEach
	void removeEverything() {
		this.client.query("MATCH (j:__Normgraph) WHERE j.id STARTS WITH 'reuse' DELETE j").run();
		ReuseCleanUp.after(this.importer, this.client, ReuseCorpus.ID);
	}

	@Test
	void aRunKeepsWhatItFindsAsInferredReuseWithSpansAndTheRunAsSource() {
		ReuseSummary summary = this.reuse.run(null, (progress) -> {
		});
		Map<String, Object> copy = edge("rt-new-1", "rt-old-1");
		assertThat(copy).containsEntry("inferred", true).containsEntry("level", "provision")
			.containsEntry("directed", true).containsEntry("source", summary.id()).containsEntry("locator", summary.id())
			.containsEntry("laterInstrument", "rt-new").containsEntry("earlierInstrument", "rt-old")
			.containsEntry("laterTextProperty", "text").containsEntry("earlierTextProperty", "text")
			.doesNotContainKey("corpus");
		assertThat((double) copy.get("containment")).isBetween(0.6, 0.95);
		assertThat((double) copy.get("earlierShare")).isGreaterThan(0.9);
		assertThat((double) copy.get("score")).isGreaterThan(0.9);
		int start = number(copy, "laterStarts");
		int end = number(copy, "laterEnds");
		String reused = this.corpus.new1.substring(start, end);
		assertThat(this.corpus.old1.substring(number(copy, "earlierStarts"), number(copy, "earlierEnds")))
			.as("the spans are character offsets of the same passage in both texts")
			.startsWith(reused.substring(0, 40));
		assertThat(reused).startsWith(this.corpus.old1.substring(0, 40));
		assertThat(edge("rt-undated-1", "rt-old-2")).as("the dates do not decide: undirected")
			.containsEntry("directed", false);
		Map<String, Object> rollup = edge("rt-new", "rt-old");
		assertThat(rollup).containsEntry("level", "instrument").containsEntry("provisions", 1L)
			.containsEntry("inferred", true);
		assertThat((double) rollup.get("share")).isBetween(0.3, 0.8);
		Map<String, Object> source = this.client.query("MATCH (s:Entity:Source {id: $id}) RETURN properties(s) AS s")
			.bind(summary.id()).to("id").fetchAs(Map.class).mappedBy((t, r) -> r.get("s").asMap()).one().orElseThrow();
		assertThat(source).containsEntry("method", ReuseRecords.METHOD)
			.containsEntry("parameters", ReuseSettings.defaults().toString()).containsKeys("date", "version", "name");
		assertThat(summary.provisionRelationships()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void theNextRunReplacesTheLastOneWholeAndItsSource() {
		ReuseSummary first = this.reuse.run(null, (progress) -> {
		});
		List<Map<String, Object>> before = reuses();
		ReuseSummary second = this.reuse.run(null, (progress) -> {
		});
		assertThat(reuses()).hasSameSizeAs(before);
		assertThat(reuses()).allSatisfy((row) -> assertThat(properties(row)).containsEntry("source", second.id()));
		assertThat(sources()).contains(second.id()).doesNotContain(first.id());
	}

	@Test
	void aRunForACorpusReplacesOnlyWhatTouchesItsProvisions() {
		this.reuse.run(null, (progress) -> {
		});
		long outside = this.client.query("""
				MATCH (a)-[r:REUSES]->(b) WHERE NOT a.id STARTS WITH 'rt-' AND NOT b.id STARTS WITH 'rt-' RETURN count(r)""")
			.fetchAs(Long.class).one().orElseThrow();
		ReuseSummary scoped = this.reuse.run(ReuseCorpus.ID, (progress) -> {
		});
		assertThat(scoped.run().compared()).isEqualTo(5);
		assertThat(edge("rt-new-1", "rt-old-1")).containsEntry("source", scoped.id());
		assertThat(edge("rt-new", "rt-old")).containsEntry("source", scoped.id()).containsEntry("provisions", 1L);
		assertThat(this.client.query("""
				MATCH (a)-[r:REUSES]->(b) WHERE NOT a.id STARTS WITH 'rt-' AND NOT b.id STARTS WITH 'rt-' RETURN count(r)""")
			.fetchAs(Long.class).one().orElseThrow()).isEqualTo(outside);
	}

	@Test
	void aWriteThatFailsHalfWayLeavesTheLastRunsResultsAsTheyWereAndReadersThrough() throws Exception {
		this.reuse.run(null, (progress) -> {
		});
		List<Map<String, Object>> before = reuses();
		ReuseWriter writer = new ReuseWriter(this.client, new TransactionTemplate(this.transactionManager),
				ReuseSchema.of(this.schemas.current()), this.gate);
		// More findings than one transaction writes; the write fails once the first transaction has committed.
		ReuseFinding copy = ReuseRecords.finding("rt-new-1", "rt-old-1", edge("rt-new-1", "rt-old-1"));
		List<ReuseFinding> findings = java.util.Collections.nCopies(ReuseWriter.BATCH + 10, copy);
		List<Long> progress = new ArrayList<>();
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> writer.write("reuse-run-broken",
				Map.of("id", "reuse-run-broken", "reuseRun", true), findings, null, Set.of(), (id) -> 1000, (id) -> true,
				(done, total) -> {
					progress.add(done);
					throw new IllegalStateException("failed after " + done + " of " + total);
				}, new PhaseTimes()));
		assertThat(progress).as("the first transaction was written").containsExactly((long) ReuseWriter.BATCH);
		assertThat(reuses()).isEqualTo(before);
		assertThat(sources()).doesNotContain("reuse-run-broken");
		assertThat(journal()).isZero();
		assertGateOpen();
	}

	@Test
	void aSmallScopedWriteIsOneTransactionThatLeavesNothingWhenItFailsAndReplacesTheScopeWhenItDoesNot()
			throws Exception {
		this.reuse.run(null, (progress) -> {
		});
		List<Map<String, Object>> before = reuses();
		ReuseWriter writer = new ReuseWriter(this.client, new TransactionTemplate(this.transactionManager),
				ReuseSchema.of(this.schemas.current()), this.gate);
		ReuseFinding copy = ReuseRecords.finding("rt-new-1", "rt-old-1", edge("rt-new-1", "rt-old-1"));
		Set<String> scope = Set.of("rt-new-1");
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> writer.write("reuse-run-broken",
				Map.of("id", "reuse-run-broken", "reuseRun", true), List.of(copy), scope, Set.of("rt-new"), (id) -> 1000,
				(id) -> true, (done, total) -> {
					throw new IllegalStateException("failed after " + done + " of " + total);
				}, new PhaseTimes()));
		assertThat(reuses()).isEqualTo(before);
		assertThat(sources()).doesNotContain("reuse-run-broken");
		assertThat(journal()).isZero();
		assertGateOpen();

		PhaseTimes times = new PhaseTimes();
		writer.write("reuse-run-small", Map.of("id", "reuse-run-small", "reuseRun", true), List.of(copy), scope,
				Set.of("rt-new"), (id) -> 1000, (id) -> true, (done, total) -> {
				}, times);
		assertThat(times.millis()).containsKey("write: journal, source and relationships (one transaction)");
		assertThat(edge("rt-new-1", "rt-old-1")).containsEntry("source", "reuse-run-small");
		assertThat(edge("rt-new", "rt-old")).containsEntry("source", "reuse-run-small");
		assertThat(reuses()).hasSameSizeAs(before);
		assertThat(journal()).isZero();
		assertGateOpen();
	}

	@Test
	void aRunKilledBeforeItsCommitPointIsUndoneAtTheNextStart() throws Exception {
		ReuseSummary first = this.reuse.run(null, (progress) -> {
		});
		List<Map<String, Object>> before = reuses();
		killedRun("reuse-run-killed", true, false);
		assertThat(reuses()).hasSize(2 * before.size());

		assertThat(this.unfinished.finishOrUndo()).contains("Removed what reuse run reuse-run-killed, which did not end, had written ("
				+ before.size() + " relationships); the findings from before it stand");
		assertThat(reuses()).isEqualTo(before);
		assertThat(sources()).contains(first.id()).doesNotContain("reuse-run-killed");
		assertThat(journal()).isZero();
		assertThat(this.unfinished.finishOrUndo()).isEmpty();
		assertGateOpen();
	}

	@Test
	void aRunKilledAfterItsCommitPointIsFinishedAtTheNextStart() throws Exception {
		ReuseSummary first = this.reuse.run(null, (progress) -> {
		});
		List<Map<String, Object>> before = reuses();
		long outside = outside(first.id());
		killedRun("reuse-run-killed", false, true);

		assertThat(this.unfinished.finishOrUndo()).contains(
				"Finished replacing the earlier findings with those of reuse run reuse-run-killed, which did not end after writing all of them");
		assertThat(reuses()).as("the same pairs, all of the run that was killed").hasSameSizeAs(before)
			.allSatisfy((row) -> assertThat(properties(row)).containsEntry("source", "reuse-run-killed"));
		assertThat(outside(first.id())).as("findings outside the killed run's scope keep the first run").isEqualTo(outside);
		assertThat(journal()).isZero();
		assertGateOpen();
	}

	/**
	 * What a process killed while writing leaves: the journal, the run's Source node and every
	 * finding of the last run about the test corpus written again as the run's (a run for the
	 * test corpus's provisions and instruments unless {@code replaceAll}), and the commit point
	 * passed if {@code committed}.
	 */
	private void killedRun(String run, boolean replaceAll, boolean committed) {
		ReuseSchema schema = ReuseSchema.of(this.schemas.current());
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Map<String, Object> row : reuses()) {
			String later = (String) row.get("later");
			String earlier = (String) row.get("earlier");
			Map<String, Object> p = properties(row);
			rows.add(p.get("level").equals(ReuseRecords.PROVISION)
					? ReuseRecords.row(ReuseRecords.finding(later, earlier, p), run)
					: ReuseRecords.row(new io.normgraph.reuse.InstrumentReuse(later, earlier, (boolean) p.get("directed"),
							(double) p.get("share"), ((Number) p.get("provisions")).intValue()), run));
		}
		ReuseJournal.begin(this.client, run, replaceAll,
				List.of("rt-old-1", "rt-old-2", "rt-new-1", "rt-new-2", "rt-undated-1"), List.of("rt-old", "rt-new", "rt-undated"),
				ReuseJournal.Phase.WRITING);
		this.client.query(WriteStatements.createSource(schema)).bind(Map.of("id", run, "reuseRun", true)).to("properties").run();
		this.client.query(WriteStatements.create(schema)).bind(rows).to("rows").run();
		if (committed) {
			ReuseJournal.commit(this.client, run);
		}
	}

	private long outside(String run) {
		return this.client.query("""
				MATCH (a)-[r:REUSES]->(b) WHERE NOT a.id STARTS WITH 'rt-' AND NOT b.id STARTS WITH 'rt-' AND r.source = $run
				RETURN count(r)""").bind(run).to("run").fetchAs(Long.class).one().orElseThrow();
	}

	private long journal() {
		return this.client.query("MATCH (j:__Normgraph) WHERE j.id STARTS WITH 'reuse' RETURN count(j)").fetchAs(Long.class)
			.one().orElseThrow();
	}

	/** A reader gets through the gate. */
	private void assertGateOpen() throws Exception {
		java.util.concurrent.CompletableFuture<Boolean> through = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
			try (ReadGate.Pass pass = this.gate.enter()) {
				return true;
			}
			catch (InterruptedException ex) {
				return false;
			}
		});
		assertThat(through.get(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
	}

	@Test
	void runsGoOneAtATime() {
		List<RuntimeException> refused = new ArrayList<>();
		this.reuse.run(null, (progress) -> {
			if (refused.isEmpty()) {
				try {
					this.reuse.run(null, (p) -> {
					});
				}
				catch (ReuseInProgressException ex) {
					refused.add(ex);
				}
			}
		});
		assertThat(refused).hasSize(1);
	}

	@Test
	void reimportingAndRemovingTheCorpusWorkWithReuseInTheGraph() {
		this.reuse.run(null, (progress) -> {
		});
		List<Map<String, Object>> before = reuses();
		this.importer.importCorpus(this.corpus.write(this.root));
		assertThat(reuses()).as("an unchanged re-import leaves detected reuse alone").isEqualTo(before);
		this.importer.remove(ReuseCorpus.ID, false);
		assertThat(reuses()).as("removing the provisions removes the reuse found in them").isEmpty();
		this.importer.importCorpus(this.corpus.write(this.root));
	}

	@Test
	void anImportDetectsNothingWhenReuseAfterImportIsOff() {
		// The test profile sets normgraph.reuse.after-import=false; the corpus was imported before this test.
		assertThat(reuses()).isEmpty();
	}

	@Test
	void removingACorpusTakesTheRollUpOfTheInstrumentsThatLostFindingsWithIt() throws Exception {
		Path extra = this.root.resolve("extra").resolve("rt-extra");
		java.nio.file.Files.createDirectories(extra.resolve("nodes"));
		java.nio.file.Files.createDirectories(extra.resolve("relationships"));
		java.nio.file.Files.writeString(extra.resolve("nodes/Provision.csv"),
				"id,name,source,locator,text\nrt-x-1,Extra 1,reuse-test-source,9.1,Also: " + this.corpus.old1 + "\n");
		java.nio.file.Files.writeString(extra.resolve("relationships/PART_OF.csv"),
				"from,to,source,locator\nrt-x-1,rt-new,reuse-test-source,9\n");
		this.importer.importCorpus(io.normgraph.corpus.CorpusFiles.fromDirectory(extra));
		this.reuse.run(null, (progress) -> {
		});
		assertThat(edge("rt-new", "rt-old")).containsEntry("provisions", 2L);
		Map<String, Object> untouched = edge("rt-undated", "rt-old");

		this.importer.remove("rt-extra", false);
		assertThat(reuses()).as("rt-new's roll-up counted the removed provision's finding: it went with it")
			.noneMatch((row) -> row.get("later").equals("rt-new") && row.get("earlier").equals("rt-old"));
		assertThat(edge("rt-new-1", "rt-old-1")).containsEntry("level", "provision");
		assertThat(edge("rt-undated", "rt-old")).as("a roll-up that lost nothing stays").isEqualTo(untouched);
	}

	@Test
	void aCorpusCannotAssertReuse() {
		Path other = this.root.resolve("other");
		this.corpus.write(other);
		try {
			java.nio.file.Files.writeString(other.resolve(ReuseCorpus.ID).resolve("relationships/REUSES.csv"),
					"from,to,source,locator\nrt-new-1,rt-old-1,reuse-test-source,9\n");
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		assertThatExceptionOfType(CorpusImportException.class)
			.isThrownBy(() -> this.importer.importCorpus(io.normgraph.corpus.CorpusFiles.fromDirectory(other.resolve(ReuseCorpus.ID))))
			.satisfies((ex) -> assertThat(ex.report().problems().toString()).contains("no corpus can assert it"));
	}

	@Test
	void aRunIdIsAValidIdAndSortsByTime() {
		assertThat(ReuseRecords.runId(Instant.parse("2026-11-30T11:42:07.123Z"))).isEqualTo("reuse-run-20261130-114207-123");
	}

	private Map<String, Object> edge(String later, String earlier) {
		return reuses().stream().filter((row) -> row.get("later").equals(later) && row.get("earlier").equals(earlier))
			.map(ReuseStoreIT::properties).findFirst()
			.orElseThrow(() -> new AssertionError("no REUSES " + later + " -> " + earlier + " in " + reuses()));
	}

	private List<Map<String, Object>> reuses() {
		return new ArrayList<>(this.client.query(REUSES).fetch().all());
	}

	private List<String> sources() {
		return new ArrayList<>(this.client.query("MATCH (s:Source) WHERE s.reuseRun RETURN s.id").fetchAs(String.class).all());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> properties(Map<String, Object> row) {
		return (Map<String, Object>) row.get("properties");
	}

	private static int number(Map<String, Object> properties, String key) {
		return ((Number) ((List<?>) properties.get(key)).get(0)).intValue();
	}

}
