package io.normgraph.reuse.graph;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import io.normgraph.reuse.ProvisionText;
import io.normgraph.reuse.ReuseDetector;
import io.normgraph.reuse.ReuseIndex;
import io.normgraph.reuse.RunProgress;

/**
 * What a run compares, against which index, and what it replaces.
 *
 * @param index the index to compare against (and add to)
 * @param compared the provisions to compare with everything indexed
 * @param replaceAll whether every inferred reuse relationship is replaced (a full run), or only those
 * touching the compared provisions and their instruments
 * @param rollups instruments whose roll-up is recomputed besides those of the compared provisions
 * @param scope the run's scope in words, for its Source node
 * @param generation the graph's generation the index holds ({@link KeptIndex})
 * @param stamp the graph's corpora and their import times the index holds ({@link KeptIndex})
 * @param inPlace whether the index already holds the compared provisions, which are compared where
 * they are ({@link io.normgraph.reuse.ReuseDetector#rerun}) rather than added
 */
record RunPlan(ReuseIndex index, Iterable<ProvisionText> compared, boolean replaceAll, Set<String> rollups,
		String scope, long generation, Map<String, String> stamp, boolean inPlace) {

	/** What planning a run has at hand; {@code times} is told which index the run took and what that cost. */
	record Context(GraphProvisions graph, ReuseDetector detector, RunProgress progress, PhaseTimes times) {
	}

	/** The provisions as they are read, each id and instrument noted in {@code ids} and {@code instruments}. */
	static Iterable<ProvisionText> recording(Iterable<ProvisionText> provisions, Set<String> ids, Set<String> instruments) {
		return () -> new Iterator<>() {

			private final Iterator<ProvisionText> it = provisions.iterator();

			@Override
			public boolean hasNext() {
				return this.it.hasNext();
			}

			@Override
			public ProvisionText next() {
				ProvisionText next = this.it.next();
				ids.add(next.id());
				instruments.add(next.instrumentId());
				return next;
			}

		};
	}

}
