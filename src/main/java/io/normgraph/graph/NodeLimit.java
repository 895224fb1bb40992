package io.normgraph.graph;

import org.jspecify.annotations.Nullable;

import io.normgraph.system.Parameters;

/**
 * The one rule for how many nodes a graph answer (lineage, derived-from, neighbourhood) may
 * hold: a caller's {@code limit}, or {@value #DEFAULT} when none is given, never more than
 * {@value #MAX}. An answer cut at the limit says so ({@link Omitted}).
 */
public final class NodeLimit {

	public static final int DEFAULT = 1000;

	public static final int MAX = 10_000;

	private NodeLimit() {
	}

	public static int of(@Nullable Integer limit) {
		return Parameters.bounded(limit, DEFAULT, 1, MAX, "limit");
	}

}
