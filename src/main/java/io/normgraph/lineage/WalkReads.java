package io.normgraph.lineage;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.normgraph.lineage.LineageQueries.Rows;

/**
 * What a {@link LineageWalk} reads of the graph: its root, one level, the parts of some wholes.
 * From the database one statement each ({@link StatementReads}), or from what one statement
 * fetched up front ({@link FetchedReads}); the walk (its ranking, budget and counts) is the same
 * over both.
 */
interface WalkReads {

	/** The root, or null when no node has the id. */
	@Nullable Start start(String id);

	/** Every followed relationship from (upstream) or into (downstream) the frontier's nodes, frontier order. */
	List<Hop> level(List<String> frontier, Rows rows);

	/** The containment paths down to the units of these wholes, each as its steps; at most {@code cap} when given. */
	List<List<WalkStep>> parts(List<String> wholes, Rows rows, @Nullable Integer cap);

	/**
	 * The root with how many followed relationships lead on from it, whether it holds as of the
	 * walk's date (true without one), and, upstream with inheritance, its containers.
	 */
	record Start(WalkNode root, long onward, boolean holds, List<Climb> climbs) {
	}

	/** A containment path from the root up to {@code top}, with how many followed relationships lead on from it. */
	record Climb(List<WalkStep> steps, String top, long topOnward) {
	}

	/**
	 * One relationship a level follows, with how many lead on from its far end and how many
	 * parts that end has (downstream with inheritance; else 0).
	 */
	record Hop(WalkStep step, long onward, long parts) {
	}

}
