package io.normgraph.reuse.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;

import io.normgraph.reuse.ProvisionText;
import io.normgraph.reuse.ReuseIndex;
import io.normgraph.reuse.ReuseSettings;
import io.normgraph.reuse.graph.ReadStatements.Scope;

/**
 * Plans the runs that compare part of the graph. The run after an import: with the index kept from earlier runs, the provisions deleted
 * since are dropped from it and the import's provisions are passed unless it holds them with the
 * same text (cost: the changed provisions); without one, it is rebuilt from every stored
 * provision but the import's (cost: reading and indexing the graph's texts) and all of the
 * import's provisions are compared. The run for a corpus: {@link #planCorpus}.
 */
final class IncrementalPlanner {

	private static final Log logger = LogFactory.getLog(IncrementalPlanner.class);

	/** The step of a run that took the kept index (in memory or from its file), in its {@link PhaseTimes}. */
	static final String KEPT = "plan: kept index taken";

	/** The step of a run that indexed the graph's provisions because no index was kept. */
	static final String BUILT = "plan: index built from the graph";

	/** Ids per query when asking which deleted provisions are really gone. */
	private static final int BATCH = 5_000;

	private final Neo4jClient client;

	private final ReuseSettings settings;

	private final KeptIndex kept;

	IncrementalPlanner(Neo4jClient client, ReuseSettings settings, KeptIndex kept) {
		this.client = client;
		this.settings = settings;
		this.kept = kept;
	}

	RunPlan plan(RunPlan.Context context, String corpus, @Nullable List<String> changed) {
		KeptIndex.Taken taken = this.kept.take(corpus, this.settings);
		context.times().lap((taken.index() != null) ? KEPT : "plan: no index kept");
		GraphProvisions graph = context.graph();
		Iterable<ProvisionText> imported = (changed == null) ? graph.provisions(Scope.CORPUS, corpus)
				: graph.provisions(changed);
		ReuseIndex index = taken.index();
		Iterable<ProvisionText> compared;
		if (index != null) {
			ReuseIndex held = index;
			gone(taken.removed()).forEach(held::remove);
			// The import may have dated or redated instruments it shares with other corpora: their
			// provisions are compared again, so that their findings follow the new dates.
			Set<String> redated = held.redate(graph::instrumentDate);
			List<String> again = held.provisionsOf(redated);
			Set<String> againIds = Set.copyOf(again);
			compared = concat(filter(imported, (provision) -> !againIds.contains(provision.id())
					&& !held.holds(provision.id(), provision.text())), graph.provisions(again));
			logger.info("Text reuse after the import of corpus " + corpus + ": comparing "
					+ ((changed == null) ? "its provisions whose text changed" : "its " + changed.size() + " new or changed provisions")
					+ (again.isEmpty() ? "" : " and the " + again.size() + " provisions of " + redated.size()
							+ " instrument(s) whose date changed")
					+ " with the kept index of " + held.provisions() + " provisions");
		}
		else {
			long start = System.nanoTime();
			index = new ReuseIndex(this.settings);
			if (changed == null) {
				context.detector().index(index, graph.provisions(Scope.OUTSIDE_CORPUS, corpus), context.progress());
			}
			else {
				Set<String> ids = new HashSet<>(changed);
				context.detector().index(index, filter(graph.provisions(Scope.ALL, null), (p) -> !ids.contains(p.id())),
						context.progress());
			}
			compared = imported;
			context.times().lap(BUILT);
			logger.info("Text reuse after the import of corpus " + corpus + ": no index kept from an earlier run, rebuilt it from "
					+ index.provisions() + " stored provisions in " + (System.nanoTime() - start) / 1_000_000 + " ms");
		}
		return new RunPlan(index, compared, false, taken.rollups(), "after the import of corpus " + corpus,
				taken.generation(), taken.stamp(), false);
	}

	/**
	 * Plans a run for a corpus ({@code reuse --corpus}): with the index kept from earlier runs, if
	 * it holds the graph as it is, the corpus's provisions are compared where they are (cost: the
	 * corpus); without one, everything outside the corpus is indexed first (cost: reading and
	 * indexing the graph's texts) and the corpus's provisions added. Either way each is compared
	 * with everything outside the corpus and with those of the corpus before it in id order.
	 */
	RunPlan planCorpus(RunPlan.Context context, String corpus) {
		KeptIndex.Taken taken = this.kept.take(null, this.settings);
		context.times().lap((taken.index() != null) ? KEPT : "plan: no index kept");
		GraphProvisions graph = context.graph();
		ReuseIndex index = taken.index();
		String scope = "corpus " + corpus;
		if (index != null) {
			gone(taken.removed()).forEach(index::remove);
			// Findings of this corpus follow the instruments' dates as they are now; those between
			// other instruments whose date changed are the run after that import's, or a full run's.
			index.redate(graph::instrumentDate);
			logger.info("Text reuse for corpus " + corpus + ": comparing its provisions with the kept index of "
					+ index.provisions() + " provisions");
			return new RunPlan(index, graph.provisions(Scope.CORPUS, corpus), false, taken.rollups(), scope,
					taken.generation(), taken.stamp(), true);
		}
		long start = System.nanoTime();
		ReuseIndex rebuilt = new ReuseIndex(this.settings);
		context.detector().index(rebuilt, graph.provisions(Scope.OUTSIDE_CORPUS, corpus), context.progress());
		context.times().lap(BUILT);
		logger.info("Text reuse for corpus " + corpus + ": no index kept from an earlier run, indexed the "
				+ rebuilt.provisions() + " stored provisions outside it in " + (System.nanoTime() - start) / 1_000_000 + " ms");
		return new RunPlan(rebuilt, graph.provisions(Scope.CORPUS, corpus), false, taken.rollups(), scope,
				taken.generation(), taken.stamp(), false);
	}

	/** The ids among these that the graph no longer has (a deletion that rolled back leaves them). */
	private List<String> gone(Set<String> removed) {
		List<String> ids = List.copyOf(removed);
		Set<String> present = new HashSet<>();
		for (int from = 0; from < ids.size(); from += BATCH) {
			this.client.query(RemovalStatements.present()).bind(ids.subList(from, Math.min(ids.size(), from + BATCH)))
				.to("ids").fetchAs(String.class).all().forEach(present::add);
		}
		List<String> gone = new ArrayList<>(ids);
		gone.removeAll(present);
		return gone;
	}

	/** The items of {@code first}, then those of {@code then}, read lazily. */
	static <T> Iterable<T> concat(Iterable<T> first, Iterable<T> then) {
		return () -> Stream.concat(StreamSupport.stream(first.spliterator(), false),
				StreamSupport.stream(then.spliterator(), false)).iterator();
	}

	static <T> Iterable<T> filter(Iterable<T> items, Predicate<T> keep) {
		return () -> new Iterator<>() {

			private final Iterator<T> it = items.iterator();

			private @Nullable T next;

			@Override
			public boolean hasNext() {
				while (this.next == null && this.it.hasNext()) {
					T candidate = this.it.next();
					if (keep.test(candidate)) {
						this.next = candidate;
					}
				}
				return this.next != null;
			}

			@Override
			public T next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				T result = this.next;
				this.next = null;
				return result;
			}

		};
	}

}
