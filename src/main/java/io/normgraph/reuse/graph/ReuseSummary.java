package io.normgraph.reuse.graph;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.normgraph.reuse.ReuseRun;

/**
 * What a detection run did and kept.
 *
 * @param id the run's id: its Source node's id and the locator of every relationship it wrote
 * @param corpus the corpus whose provisions it compared, null for all
 * @param run the engine's counts and timings
 * @param provisionRelationships provision-level reuse relationships written
 * @param instrumentRelationships instrument-level roll-ups written
 * @param writeMillis time to write them
 * @param totalMillis the whole run, reading included
 * @param stepMillis the whole run's time by step, in the order taken (where a small run's time goes)
 */
public record ReuseSummary(String id, @Nullable String corpus, ReuseRun run, long provisionRelationships,
		long instrumentRelationships, long writeMillis, long totalMillis, Map<String, Long> stepMillis) {

	/** No provision in scope: nothing was compared or written. */
	public boolean empty() {
		return this.run.empty();
	}

}
