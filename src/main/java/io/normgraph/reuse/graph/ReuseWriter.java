package io.normgraph.reuse.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.normgraph.reuse.InstrumentReuse;
import io.normgraph.reuse.InstrumentRollup;
import io.normgraph.reuse.ReuseFinding;
import io.normgraph.system.ReadGate;

/**
 * Keeps a run's findings: the run's Source node, the provision-level reuse relationships
 * replacing those of the run's scope, and the instrument-level roll-up of every instrument the
 * scope touches. Written in transactions of at most {@link #BATCH} relationships (or
 * {@link ReuseService#WRITE_BATCH}), so memory does not grow with the run, and kept from
 * readers as the importer keeps its publishing: the
 * {@link ReadGate} is closed while the run's relationships are added beside the earlier ones and
 * the earlier ones then deleted, and a {@link ReuseJournal} says how far it got, so a run killed
 * at any moment is undone (before all of its relationships were written) or finished (after) at
 * the next start. Asserted relationships are never touched.
 */
final class ReuseWriter {

	private static final Log logger = LogFactory.getLog(ReuseWriter.class);

	/** Relationships written per transaction unless {@link ReuseService#WRITE_BATCH} says otherwise. */
	static final int BATCH = 5_000;

	private final int batch;

	private final Neo4jClient client;

	private final TransactionTemplate transactions;

	private final ReuseSchema schema;

	private final ReadGate gate;

	private final Replacement replacement;

	ReuseWriter(Neo4jClient client, TransactionTemplate transactions, ReuseSchema schema, ReadGate gate) {
		this(client, transactions, schema, gate, BATCH);
	}

	/** @param batch relationships written per transaction, at least 1 ({@link ReuseService} checks the setting) */
	ReuseWriter(Neo4jClient client, TransactionTemplate transactions, ReuseSchema schema, ReadGate gate, int batch) {
		this.batch = batch;
		this.client = client;
		this.transactions = transactions;
		this.schema = schema;
		this.gate = gate;
		this.replacement = new Replacement(client, transactions, schema);
	}

	/**
	 * @param scope the provisions the run compared (their earlier findings are replaced), null for
	 * all (every inferred reuse relationship is replaced)
	 * @param scopeInstruments the instruments of those provisions (their roll-ups are recomputed)
	 * @param instrumentChars characters of text of an instrument's provisions
	 * @param isInstrument which ids are instruments (a unit in no instrument gets no roll-up)
	 * @param progress told the relationships written so far and in all, after each transaction
	 * @param times told when each step of the write ends
	 * @return the provision-level and instrument-level relationships written
	 */
	long[] write(String run, Map<String, Object> source, List<ReuseFinding> findings, @Nullable Set<String> scope,
			Set<String> scopeInstruments, ToLongFunction<String> instrumentChars, Predicate<String> isInstrument,
			Progress progress, PhaseTimes times) {
		// Before the gate closes: what the roll-up counts is read while readers still go about their business.
		Iterable<ReuseFinding> rolledUp = (scope == null) ? findings : kept(findings, scope, scopeInstruments);
		times.lap("write: stored findings read for the roll-up");
		List<InstrumentReuse> rollup = new ArrayList<>();
		for (InstrumentReuse reuse : InstrumentRollup.of(rolledUp, instrumentChars)) {
			if (isInstrument.test(reuse.later()) && isInstrument.test(reuse.earlier())) {
				rollup.add(reuse);
			}
		}
		List<String> provisions = (scope == null) ? List.of() : List.copyOf(scope);
		List<String> instruments = List.copyOf(scopeInstruments);
		times.lap("write: roll-up");
		this.gate.closeFor("writing reuse run " + run);
		try {
			if (scope != null && findings.size() + rollup.size() <= this.batch && provisions.size() <= Replacement.IDS
					&& instruments.size() <= Replacement.IDS) {
				writeSmall(run, source, findings, rollup, provisions, instruments, progress, times);
				return new long[] { findings.size(), rollup.size() };
			}
			ReuseJournal.begin(this.client, run, scope == null, provisions, instruments, ReuseJournal.Phase.WRITING);
			times.lap("write: journal begun");
			try {
				this.transactions.executeWithoutResult((status) -> this.client
					.query(WriteStatements.createSource(this.schema)).bind(source).to("properties").run());
				times.lap("write: source");
				long total = findings.size() + rollup.size();
				long written = batches(findings, (f) -> ReuseRecords.row(f, run), 0, (done) -> progress.written(done, total));
				batches(rollup, (r) -> ReuseRecords.row(r, run), written, (done) -> progress.written(done, total));
				times.lap("write: relationships");
				ReuseJournal.commit(this.client, run);
				times.lap("write: commit point");
			}
			catch (RuntimeException | Error ex) {
				throw undo(run, ex);
			}
			try {
				finish(run, scope == null, provisions, instruments, times);
			}
			catch (RuntimeException ex) {
				logger.warn("Replacing the earlier findings with those of reuse run " + run + " failed (" + ex.getMessage()
						+ "); finishing it again");
				finish(run, scope == null, provisions, instruments, times);
			}
		}
		finally {
			this.gate.open();
		}
		return new long[] { findings.size(), rollup.size() };
	}

	/**
	 * A scoped run whose relationships fit one transaction (a run after an import, or for a small
	 * corpus) in two, so that its cost is not a dozen commits: the first writes its journal, already
	 * past the commit point, its scope, its Source node and its relationships (killed before it
	 * commits, nothing of the run exists); the second deletes what it replaces and ends the journal
	 * (killed before that commits, the next start finishes it, as for any run past its commit point).
	 */
	private void writeSmall(String run, Map<String, Object> source, List<ReuseFinding> findings,
			List<InstrumentReuse> rollup, List<String> provisions, List<String> instruments, Progress progress,
			PhaseTimes times) {
		long total = findings.size() + rollup.size();
		this.transactions.executeWithoutResult((status) -> {
			ReuseJournal.begin(this.client, run, false, provisions, instruments, ReuseJournal.Phase.REPLACING);
			this.client.query(WriteStatements.createSource(this.schema)).bind(source).to("properties").run();
			batches(findings, (f) -> ReuseRecords.row(f, run), 0, (done) -> {
			});
			batches(rollup, (r) -> ReuseRecords.row(r, run), findings.size(), (done) -> {
			});
			// Told before the commit, as after each transaction of a larger write: a listener that fails undoes the run.
			progress.written(total, total);
		});
		times.lap("write: journal, source and relationships (one transaction)");
		try {
			this.transactions.executeWithoutResult((status) -> finish(run, false, provisions, instruments, times));
		}
		catch (RuntimeException ex) {
			logger.warn("Replacing the earlier findings with those of reuse run " + run + " failed (" + ex.getMessage()
					+ "); finishing it again");
			finish(run, false, provisions, instruments, times);
		}
	}

	/**
	 * After the commit point: the earlier findings the run replaces are deleted, then the Source
	 * nodes of the runs they came from if nothing names them any more, then the journal.
	 */
	void finish(String run, boolean replaceAll, List<String> provisions, List<String> instruments, PhaseTimes times) {
		Set<String> sources = new LinkedHashSet<>();
		if (replaceAll) {
			sources.addAll(this.replacement.replaceAll(run));
		}
		else {
			sources.addAll(this.replacement.replaceTouching(run, ReuseRecords.PROVISION, provisions));
			sources.addAll(this.replacement.replaceTouching(run, ReuseRecords.INSTRUMENT, instruments));
		}
		times.lap("write: earlier findings deleted");
		this.replacement.dropUnusedSources(run, sources);
		times.lap("write: unused sources dropped");
		ReuseJournal.end(this.client);
		times.lap("write: journal ended");
	}

	/** Before the commit point: what the run wrote goes, the earlier findings stand. */
	private RuntimeException undo(String run, Throwable failure) {
		try {
			this.replacement.undo(run);
			ReuseJournal.end(this.client);
		}
		catch (RuntimeException | Error cleanUp) {
			failure.addSuppressed(cleanUp);
		}
		if (failure instanceof Error error) {
			throw error;
		}
		return (RuntimeException) failure;
	}

	/** Told how far the write has got. */
	@FunctionalInterface
	interface Progress {

		void written(long done, long total);

	}

	private <T> long batches(List<T> items, Function<T, Map<String, Object>> row, long before, LongConsumer progress) {
		long written = before;
		for (int from = 0; from < items.size(); from += this.batch) {
			// Rows are made a batch at a time: all of a large run's rows at once would cost more heap than its findings.
			List<Map<String, Object>> rows = items.subList(from, Math.min(items.size(), from + this.batch)).stream().map(row).toList();
			this.transactions.executeWithoutResult(
					(status) -> this.client.query(WriteStatements.create(this.schema)).bind(rows).to("rows").run());
			written += rows.size();
			progress.accept(written);
		}
		return written;
	}

	/**
	 * The findings the roll-up of the scope's instruments counts once the run is written: the
	 * stored ones of those instruments that the run does not replace (no end in its scope), and
	 * the run's own.
	 */
	private List<ReuseFinding> kept(List<ReuseFinding> findings, Set<String> scope, Set<String> instruments) {
		List<ReuseFinding> kept = new ArrayList<>(findings);
		this.client.query(WriteStatements.findingsOf(this.schema)).bind(List.copyOf(instruments)).to("instruments")
			.fetch().all().forEach((row) -> {
				String later = (String) row.get("later");
				String earlier = (String) row.get("earlier");
				if (!scope.contains(later) && !scope.contains(earlier)) {
					@SuppressWarnings("unchecked")
					Map<String, Object> properties = (Map<String, Object>) row.get("properties");
					kept.add(ReuseRecords.finding(later, earlier, properties));
				}
			});
		return kept;
	}

}
