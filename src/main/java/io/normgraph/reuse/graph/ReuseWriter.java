package io.normgraph.reuse.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.normgraph.reuse.InstrumentReuse;
import io.normgraph.reuse.InstrumentRollup;
import io.normgraph.reuse.ReuseFinding;

/**
 * Keeps a run's findings in one transaction: the run's Source node, the provision-level reuse
 * relationships replacing those of the run's scope, and the instrument-level roll-up of every
 * instrument the scope touches, recomputed from all stored findings of those instruments. Readers
 * see the earlier results or the whole new run, never a part of it; a run killed before the
 * commit leaves the graph as it was. Asserted relationships are never touched.
 */
final class ReuseWriter {

	/** Rows per statement within the transaction: keeps parameters modest. */
	static final int BATCH = 5_000;

	private final Neo4jClient client;

	private final TransactionTemplate transactions;

	private final ReuseSchema schema;

	ReuseWriter(Neo4jClient client, TransactionTemplate transactions, ReuseSchema schema) {
		this.client = client;
		this.transactions = transactions;
		this.schema = schema;
	}

	/**
	 * @param scope the provisions the run compared (their earlier findings are replaced), null for
	 * all (every inferred reuse relationship is replaced)
	 * @param scopeInstruments the instruments of those provisions (their roll-ups are recomputed)
	 * @param instrumentChars characters of text of an instrument's provisions
	 * @param isInstrument which ids are instruments (a unit in no instrument gets no roll-up)
	 * @return the provision-level and instrument-level relationships written
	 */
	long[] write(String run, Map<String, Object> source, List<ReuseFinding> findings, @Nullable Set<String> scope,
			Set<String> scopeInstruments, ToLongFunction<String> instrumentChars, Predicate<String> isInstrument) {
		Long[] written = this.transactions.execute((status) -> {
			if (scope == null) {
				this.client.query(WriteStatements.deleteAll(this.schema)).run();
			}
			else {
				batches(List.copyOf(scope), (ids) -> this.client.query(WriteStatements.deleteTouching(this.schema))
					.bindAll(Map.of("ids", ids, "level", ReuseRecords.PROVISION)).run());
				batches(List.copyOf(scopeInstruments), (ids) -> this.client
					.query(WriteStatements.deleteTouching(this.schema))
					.bindAll(Map.of("ids", ids, "level", ReuseRecords.INSTRUMENT)).run());
			}
			this.client.query(WriteStatements.createSource(this.schema)).bind(source).to("properties").run();
			// Rows are made a batch at a time: all of a large run's rows at once would cost more heap than its findings.
			batches(findings, (batch) -> create(batch.stream().map((f) -> ReuseRecords.row(f, run)).toList()));
			Iterable<ReuseFinding> rolledUp = (scope == null) ? findings : stored(scopeInstruments);
			List<Map<String, Object>> rollup = new ArrayList<>();
			for (InstrumentReuse reuse : InstrumentRollup.of(rolledUp, instrumentChars)) {
				if (isInstrument.test(reuse.later()) && isInstrument.test(reuse.earlier())) {
					rollup.add(ReuseRecords.row(reuse, run));
				}
			}
			batches(rollup, this::create);
			this.client.query(WriteStatements.deleteUnusedSources(this.schema)).bind(run).to("run").run();
			return new Long[] { (long) findings.size(), (long) rollup.size() };
		});
		return new long[] { written[0], written[1] };
	}

	private void create(List<Map<String, Object>> rows) {
		this.client.query(WriteStatements.create(this.schema)).bind(rows).to("rows").run();
	}

	/** Every stored provision-level finding of these instruments, this transaction's own included. */
	private List<ReuseFinding> stored(Set<String> instruments) {
		List<ReuseFinding> findings = new ArrayList<>();
		this.client.query(WriteStatements.findingsOf(this.schema)).bind(List.copyOf(instruments)).to("instruments")
			.fetch().all().forEach((row) -> {
				@SuppressWarnings("unchecked")
				Map<String, Object> properties = (Map<String, Object>) row.get("properties");
				findings.add(ReuseRecords.finding((String) row.get("later"), (String) row.get("earlier"), properties));
			});
		return findings;
	}

	private static <T> void batches(List<T> rows, java.util.function.Consumer<List<T>> write) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			write.accept(rows.subList(from, Math.min(rows.size(), from + BATCH)));
		}
	}

}
