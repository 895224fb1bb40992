package io.normgraph.reuse.graph;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import io.normgraph.reuse.ReuseIndex;

/**
 * The detection index of everything in the graph, kept between runs in this process so that a
 * run after an import compares only what the import changed (docs/reuse.md, "After every
 * import"). It is valid only while every change to the graph's provisions has reached it: an
 * import whose run did not happen or failed throws it away, and the next run rebuilds it from the
 * stored provisions. Deletions reach it as ids to drop and instruments whose roll-up to redo.
 */
@Component
class KeptIndex {

	private @Nullable ReuseIndex index;

	/** Counts the graph's changes (imports, removals), so a run that overlapped one keeps nothing. */
	private long generation;

	private final Set<String> removed = new HashSet<>();

	private final Set<String> rollups = new HashSet<>();

	/** What a run takes: the index (null when it must be rebuilt), provisions deleted since, instruments whose roll-up to redo. */
	record Taken(@Nullable ReuseIndex index, Set<String> removed, Set<String> rollups, long generation) {
	}

	synchronized Taken take() {
		Taken taken = new Taken(this.index, Set.copyOf(this.removed), Set.copyOf(this.rollups), this.generation);
		this.index = null;
		this.removed.clear();
		this.rollups.clear();
		return taken;
	}

	synchronized long generation() {
		return this.generation;
	}

	/** Keeps an index that holds the graph as it was at {@code generation}, unless the graph changed since. */
	synchronized void keep(ReuseIndex index, long generation) {
		if (generation == this.generation) {
			this.index = index;
		}
	}

	/** The graph's provisions changed. */
	synchronized void graphChanged() {
		this.generation++;
	}

	/** The graph changed in a way the index did not follow: the next run rebuilds it. */
	synchronized void invalidate() {
		this.index = null;
		this.removed.clear();
	}

	/** Provisions are being deleted, and the roll-ups of these instruments with them. */
	synchronized void removing(Collection<String> ids, Collection<String> instruments) {
		this.removed.addAll(ids);
		this.rollups.addAll(instruments);
	}

	/** Roll-ups a failed run did not redo: the next run does. */
	synchronized void rollupsToRedo(Collection<String> instruments) {
		this.rollups.addAll(instruments);
	}

	synchronized boolean holdsIndex() {
		return this.index != null;
	}

}
