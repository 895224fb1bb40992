package io.normgraph.reuse.graph;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.normgraph.reuse.ReuseDetector;
import io.normgraph.reuse.ReuseFinding;
import io.normgraph.reuse.ReuseIndex;
import io.normgraph.reuse.ReuseRun;
import io.normgraph.reuse.ReuseSettings;
import io.normgraph.reuse.RunProgress;
import io.normgraph.reuse.graph.ReadStatements.Scope;
import io.normgraph.schema.SchemaRegistry;
import io.normgraph.system.NotFoundException;
import io.normgraph.system.ReadGate;

/**
 * Runs text-reuse detection over the graph and keeps what it finds (docs/reuse.md), one run at a
 * time. A full run compares every provision with every other; a run for a corpus indexes the
 * provisions outside it, then compares the corpus's provisions with everything, and replaces only
 * the findings that touch them; a run after an import compares only what it changed, with the
 * index the earlier runs left ({@link KeptIndex}).
 */
@Service
public class ReuseService {

	private static final Log logger = LogFactory.getLog(ReuseService.class);

	private final Neo4jClient client;

	private final TransactionTemplate transactions;

	private final SchemaRegistry schemas;

	private final String version;

	private final ReuseSettings settings = ReuseSettings.defaults();

	private final Semaphore running = new Semaphore(1);

	private final AtomicReference<@Nullable ReuseProgress> latest = new AtomicReference<>();

	private final KeptIndex kept;

	private final IncrementalPlanner incremental;

	private final ReadGate gate;

	private final UnfinishedRunCleaner unfinished;

	ReuseService(Neo4jClient client, PlatformTransactionManager transactionManager, SchemaRegistry schemas,
			ObjectProvider<BuildProperties> build, KeptIndex kept, ReadGate gate, UnfinishedRunCleaner unfinished) {
		this.client = client;
		this.gate = gate;
		this.unfinished = unfinished;
		this.kept = kept;
		this.incremental = new IncrementalPlanner(client, this.settings, kept);
		this.transactions = new TransactionTemplate(transactionManager);
		this.schemas = schemas;
		BuildProperties properties = build.getIfAvailable();
		String implementation = ReuseService.class.getPackage().getImplementationVersion();
		this.version = (properties != null) ? properties.getVersion()
				: (implementation != null) ? implementation : "development";
	}

	/** The current run's progress, or the last run's outcome; empty when none ran since the start. */
	public Optional<ReuseProgress> latest() {
		return Optional.ofNullable(this.latest.get());
	}

	/**
	 * Runs detection now, on the calling thread.
	 * @param corpus compare only this corpus's provisions (with everything), null for all
	 * @param listener told the progress as it changes
	 * @throws ReuseInProgressException when another run is going
	 * @throws NotFoundException when there is no such corpus
	 */
	public ReuseSummary run(@Nullable String corpus, Consumer<ReuseProgress> listener) {
		ReuseProgress started = begin(corpus);
		try {
			return runAcquired(started, listener);
		}
		finally {
			this.running.release();
		}
	}

	/** Starts a run on a thread of its own and returns its first progress (for the API). */
	public ReuseProgress start(@Nullable String corpus) {
		ReuseProgress started = begin(corpus);
		Thread thread = new Thread(() -> {
			try {
				runAcquired(started, (progress) -> {
				});
			}
			catch (RuntimeException ex) {
				logger.warn("Reuse detection run " + started.run() + " failed", ex);
			}
			finally {
				this.running.release();
			}
		}, "reuse-" + started.run());
		thread.setDaemon(true);
		thread.start();
		return started;
	}

	/**
	 * Runs detection for what an import or removal changed, on the calling thread: the new or
	 * changed provisions against everything, with the index kept from earlier runs (rebuilt from
	 * the stored provisions when there is none), replacing only their findings and the roll-up of
	 * the instruments they touch.
	 * @param corpus the corpus imported or removed
	 * @param changed the provisions it created or changed; null when they are not known (all of the
	 * corpus's provisions are then passed, and those the index holds with the same text skipped)
	 * @throws ReuseInProgressException when another run is going
	 */
	public ReuseSummary runAfterImport(String corpus, @Nullable List<String> changed, Consumer<ReuseProgress> listener) {
		ReuseProgress started = begin(corpus, false);
		try {
			return run(started, listener, (context) -> this.incremental.plan(context, corpus, changed));
		}
		finally {
			this.running.release();
		}
	}

	private ReuseProgress begin(@Nullable String corpus) {
		return begin(corpus, true);
	}

	private ReuseProgress begin(@Nullable String corpus, boolean mustExist) {
		if (mustExist && corpus != null && this.client.query("MATCH (c:Corpus {id: $id}) RETURN count(c) AS n").bind(corpus).to("id")
			.fetchAs(Long.class).one().orElse(0L) == 0) {
			throw new NotFoundException("corpus", "corpus", corpus);
		}
		if (!this.running.tryAcquire()) {
			throw new ReuseInProgressException(this.latest.get());
		}
		try {
			this.unfinished.finishOrUndo().ifPresent(logger::info);
		}
		catch (RuntimeException ex) {
			this.running.release();
			throw ex;
		}
		Instant now = Instant.now();
		ReuseProgress started = new ReuseProgress(ReuseRecords.runId(now), corpus, ReuseProgress.RUNNING, "reading",
				0, 0, 0, 0, 0, 0, now.toString(), null, null);
		this.latest.set(started);
		return started;
	}

	/** A full run, or one for a corpus: a new index of everything, kept for the runs after imports. */
	private ReuseSummary runAcquired(ReuseProgress started, Consumer<ReuseProgress> listener) {
		String corpus = started.corpus();
		return run(started, listener, (context) -> {
			long generation = this.kept.generation();
			Map<String, String> stamp = this.kept.corpora();
			ReuseIndex index = new ReuseIndex(this.settings);
			if (corpus != null) {
				context.detector().index(index, context.graph().provisions(Scope.OUTSIDE_CORPUS, corpus), context.progress());
			}
			return new RunPlan(index, context.graph().provisions((corpus != null) ? Scope.CORPUS : Scope.ALL, corpus),
					corpus == null, Set.of(), (corpus != null) ? "corpus " + corpus : "all provisions", generation, stamp);
		});
	}

	private ReuseSummary run(ReuseProgress started, Consumer<ReuseProgress> listener,
			java.util.function.Function<RunPlan.Context, RunPlan> planning) {
		long start = System.nanoTime();
		Set<String> rollups = new HashSet<>();
		try {
			ReuseSchema schema = ReuseSchema.of(this.schemas.current());
			GraphProvisions graph = new GraphProvisions(this.client, schema);
			ReuseDetector detector = new ReuseDetector(this.settings);
			RunProgress progress = new RunProgress() {
				@Override
				public void indexed(long provisions) {
					report(listener, (p) -> p.indexed(provisions));
				}

				@Override
				public void compared(long done, long total, long findings) {
					report(listener, (p) -> p.compared(done, total, findings));
				}
			};
			RunPlan plan = planning.apply(new RunPlan.Context(graph, detector, progress));
			rollups.addAll(plan.rollups());
			Set<String> scope = new HashSet<>();
			Set<String> scopeInstruments = new HashSet<>(plan.rollups());
			List<ReuseFinding> findings = new ArrayList<>();
			ReuseRun run = detector.run(plan.index(), RunPlan.recording(plan.compared(), scope, scopeInstruments),
					graph, findings::add, progress);
			long[] written = { 0, 0 };
			long writeStart = System.nanoTime();
			if (!run.empty() || !plan.rollups().isEmpty()) {
				report(listener, (p) -> p.written(0, 0));
				Map<String, Object> source = ReuseRecords.source(started.run(), Instant.parse(started.startedAt()),
						this.settings, plan.scope(), this.version, run);
				written = new ReuseWriter(this.client, this.transactions, schema, this.gate).write(started.run(), source,
						findings, plan.replaceAll() ? null : scope, scopeInstruments, plan.index()::instrumentChars,
						graph::isInstrument, (done, total) -> report(listener, (p) -> p.written(done, total)));
			}
			this.kept.keep(plan.index(), plan.generation(), plan.stamp());
			long now = System.nanoTime();
			ReuseSummary summary = new ReuseSummary(started.run(), started.corpus(), run, written[0], written[1],
					(now - writeStart) / 1_000_000, (now - start) / 1_000_000);
			report(listener, (p) -> p.finished(summary));
			return summary;
		}
		catch (RuntimeException | OutOfMemoryError ex) {
			this.kept.rollupsToRedo(rollups);
			report(listener, (p) -> p.failed(String.valueOf(ex.getMessage())));
			throw ex;
		}
	}

	private void report(Consumer<ReuseProgress> listener, java.util.function.UnaryOperator<ReuseProgress> change) {
		ReuseProgress next = change.apply(this.latest.get());
		this.latest.set(next);
		listener.accept(next);
	}

}
