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

import io.normgraph.reuse.ProvisionText;
import io.normgraph.reuse.ReuseDetector;
import io.normgraph.reuse.ReuseFinding;
import io.normgraph.reuse.ReuseIndex;
import io.normgraph.reuse.ReuseRun;
import io.normgraph.reuse.ReuseSettings;
import io.normgraph.reuse.RunProgress;
import io.normgraph.reuse.graph.ReadStatements.Scope;
import io.normgraph.schema.SchemaRegistry;
import io.normgraph.system.NotFoundException;

/**
 * Runs text-reuse detection over the graph and keeps what it finds (docs/reuse.md), one run at a
 * time. A full run compares every provision with every other; a run for a corpus indexes the
 * provisions outside it, then compares the corpus's provisions with everything, and replaces only
 * the findings that touch them.
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

	ReuseService(Neo4jClient client, PlatformTransactionManager transactionManager, SchemaRegistry schemas,
			ObjectProvider<BuildProperties> build) {
		this.client = client;
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

	private ReuseProgress begin(@Nullable String corpus) {
		if (corpus != null && this.client.query("MATCH (c:Corpus {id: $id}) RETURN count(c) AS n").bind(corpus).to("id")
			.fetchAs(Long.class).one().orElse(0L) == 0) {
			throw new NotFoundException("corpus", "corpus", corpus);
		}
		if (!this.running.tryAcquire()) {
			throw new ReuseInProgressException(this.latest.get());
		}
		Instant now = Instant.now();
		ReuseProgress started = new ReuseProgress(ReuseRecords.runId(now), corpus, ReuseProgress.RUNNING, "reading",
				0, 0, 0, 0, now.toString(), null, null);
		this.latest.set(started);
		return started;
	}

	private ReuseSummary runAcquired(ReuseProgress started, Consumer<ReuseProgress> listener) {
		long start = System.nanoTime();
		String corpus = started.corpus();
		try {
			ReuseSchema schema = ReuseSchema.of(this.schemas.current());
			GraphProvisions graph = new GraphProvisions(this.client, schema);
			ReuseIndex index = new ReuseIndex(this.settings);
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
			if (corpus != null) {
				detector.index(index, graph.provisions(Scope.OUTSIDE_CORPUS, corpus), progress);
			}
			Set<String> scope = new HashSet<>();
			Set<String> scopeInstruments = new HashSet<>();
			Iterable<ProvisionText> compared = graph.provisions((corpus != null) ? Scope.CORPUS : Scope.ALL, corpus);
			Iterable<ProvisionText> recorded = () -> new java.util.Iterator<>() {
				private final java.util.Iterator<ProvisionText> it = compared.iterator();

				@Override
				public boolean hasNext() {
					return this.it.hasNext();
				}

				@Override
				public ProvisionText next() {
					ProvisionText next = this.it.next();
					scope.add(next.id());
					scopeInstruments.add(next.instrumentId());
					return next;
				}
			};
			List<ReuseFinding> findings = new ArrayList<>();
			ReuseRun run = detector.run(index, recorded, graph, findings::add, progress);
			long[] written = { 0, 0 };
			long writeStart = System.nanoTime();
			if (!run.empty()) {
				report(listener, (p) -> p.phase("writing"));
				Map<String, Object> source = ReuseRecords.source(started.run(), Instant.parse(started.startedAt()),
						this.settings, (corpus != null) ? "corpus " + corpus : "all provisions", this.version, run);
				written = new ReuseWriter(this.client, this.transactions, schema).write(started.run(), source, findings,
						(corpus != null) ? scope : null, scopeInstruments, index::instrumentChars, graph::isInstrument);
			}
			long now = System.nanoTime();
			ReuseSummary summary = new ReuseSummary(started.run(), corpus, run, written[0], written[1],
					(now - writeStart) / 1_000_000, (now - start) / 1_000_000);
			report(listener, (p) -> p.finished(summary));
			return summary;
		}
		catch (RuntimeException | OutOfMemoryError ex) {
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
