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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.normgraph.reuse.ProvisionText;
import io.normgraph.reuse.ReuseDetector;
import io.normgraph.reuse.ReuseFinding;
import io.normgraph.reuse.ReuseIndex;
import io.normgraph.reuse.ReuseRun;
import io.normgraph.reuse.ReuseSettings;
import io.normgraph.reuse.RunProgress;
import io.normgraph.reuse.graph.ReadStatements.Scope;
import io.normgraph.schema.SchemaRegistry;
import io.normgraph.system.InvalidSettingException;
import io.normgraph.system.NotFoundException;
import io.normgraph.system.ReadGate;

/**
 * Runs text-reuse detection over the graph and keeps what it finds (docs/reuse.md), one run at a
 * time. A full run compares every provision with every other; a run for a corpus compares the
 * corpus's provisions with everything, and replaces only the findings that touch them; a run
 * after an import compares only what it changed. Both take the index the earlier runs left
 * ({@link KeptIndex}) when there is one that holds the graph, and build it otherwise.
 */
@Service
public class ReuseService {

	private static final Log logger = LogFactory.getLog(ReuseService.class);

	/** The setting of relationships a run writes per transaction ({@link ReuseWriter#BATCH} unless set). */
	static final String WRITE_BATCH = "normgraph.reuse.write-batch";

	/** The setting of the fewest provisions a boilerplate shingle is in ({@link ReuseSettings#BOILERPLATE_MIN_PROVISIONS} unless set). */
	static final String BOILERPLATE_MIN_PROVISIONS = "normgraph.reuse.boilerplate-min-provisions";

	/** Relationships a run writes per transaction: what one holds in memory. */
	private final int writeBatch;

	private final Neo4jClient client;

	private final TransactionTemplate transactions;

	private final SchemaRegistry schemas;

	private final String version;

	private final ReuseSettings settings;

	private final Semaphore running = new Semaphore(1);

	private final AtomicReference<@Nullable ReuseProgress> latest = new AtomicReference<>();

	private final KeptIndex kept;

	private final IncrementalPlanner incremental;

	private final ReadGate gate;

	private final UnfinishedRunCleaner unfinished;

	ReuseService(Neo4jClient client, PlatformTransactionManager transactionManager, SchemaRegistry schemas,
			ObjectProvider<BuildProperties> build, KeptIndex kept, ReadGate gate, UnfinishedRunCleaner unfinished,
			@Value("${" + WRITE_BATCH + ":" + ReuseWriter.BATCH + "}") int writeBatch,
			@Value("${" + BOILERPLATE_MIN_PROVISIONS + ":" + ReuseSettings.BOILERPLATE_MIN_PROVISIONS + "}") int boilerplateMinProvisions) {
		this.writeBatch = InvalidSettingException.atLeast(WRITE_BATCH, writeBatch, 1);
		this.settings = ReuseSettings.defaults()
			.withBoilerplateMinProvisions(InvalidSettingException.atLeast(BOILERPLATE_MIN_PROVISIONS, boilerplateMinProvisions, 1));
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
		PhaseTimes times = new PhaseTimes();
		ReuseProgress started = begin(corpus, true, times);
		try {
			return runAcquired(started, listener, times);
		}
		finally {
			this.running.release();
		}
	}

	/** Starts a run on a thread of its own and returns its first progress (for the API). */
	public ReuseProgress start(@Nullable String corpus) {
		PhaseTimes times = new PhaseTimes();
		ReuseProgress started = begin(corpus, true, times);
		Thread thread = new Thread(() -> {
			try {
				runAcquired(started, (progress) -> {
				}, times);
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
		PhaseTimes times = new PhaseTimes();
		ReuseProgress started = begin(corpus, false, times);
		try {
			return run(started, listener, times, (context) -> this.incremental.plan(context, corpus, changed));
		}
		finally {
			this.running.release();
		}
	}

	private ReuseProgress begin(@Nullable String corpus, boolean mustExist, PhaseTimes times) {
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
		times.lap("begin");
		return started;
	}

	/**
	 * A full run (a new index of everything, kept for the runs after imports), or one for a corpus
	 * (with the kept index when it holds the graph, {@link IncrementalPlanner#planCorpus}).
	 */
	private ReuseSummary runAcquired(ReuseProgress started, Consumer<ReuseProgress> listener, PhaseTimes times) {
		String corpus = started.corpus();
		if (corpus != null) {
			return run(started, listener, times, (context) -> this.incremental.planCorpus(context, corpus));
		}
		return run(started, listener, times, (context) -> new RunPlan(new ReuseIndex(this.settings),
				context.graph().provisions(Scope.ALL, null), true, Set.of(), "all provisions", this.kept.generation(),
				this.kept.corpora(), false));
	}

	private ReuseSummary run(ReuseProgress started, Consumer<ReuseProgress> listener, PhaseTimes times,
			java.util.function.Function<RunPlan.Context, RunPlan> planning) {
		long start = System.nanoTime();
		Set<String> rollups = new HashSet<>();
		// The run has begun (the lock taken, no unfinished run left): say so before its first read.
		listener.accept(started);
		try {
			ReuseSchema schema = ReuseSchema.of(this.schemas.current());
			GraphProvisions graph = new GraphProvisions(this.client, schema);
			times.lap("instruments read");
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
			RunPlan plan = planning.apply(new RunPlan.Context(graph, detector, progress, times));
			times.lap("plan");
			rollups.addAll(plan.rollups());
			Set<String> scope = new HashSet<>();
			Set<String> scopeInstruments = new HashSet<>(plan.rollups());
			List<ReuseFinding> findings = new ArrayList<>();
			Iterable<ProvisionText> compared = RunPlan.recording(plan.compared(), scope, scopeInstruments);
			ReuseRun run = plan.inPlace() ? detector.rerun(plan.index(), compared, graph, findings::add, progress)
					: detector.run(plan.index(), compared, graph, findings::add, progress);
			times.lap("index + compare");
			long[] written = { 0, 0 };
			long writeStart = System.nanoTime();
			if (!run.empty() || !plan.rollups().isEmpty()) {
				report(listener, (p) -> p.written(0, 0));
				Map<String, Object> source = ReuseRecords.source(started.run(), Instant.parse(started.startedAt()),
						this.settings, plan.scope(), this.version, run);
				written = new ReuseWriter(this.client, this.transactions, schema, this.gate, this.writeBatch).write(
						started.run(), source, findings, plan.replaceAll() ? null : scope, scopeInstruments,
						plan.index()::instrumentChars, graph::isInstrument,
						(done, total) -> report(listener, (p) -> p.written(done, total)), times);
			}
			long writeEnd = System.nanoTime();
			this.kept.keep(plan.index(), plan.generation(), plan.stamp());
			times.lap("keep the index");
			long now = System.nanoTime();
			ReuseSummary summary = new ReuseSummary(started.run(), started.corpus(), run, written[0], written[1],
					(writeEnd - writeStart) / 1_000_000, (now - start) / 1_000_000, times.millis());
			logger.debug("Text reuse run " + started.run() + " (" + plan.scope() + "), its steps: " + times);
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
