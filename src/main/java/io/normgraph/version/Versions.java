package io.normgraph.version;

import java.util.List;

import io.normgraph.graph.GraphNode;

/**
 * The versions of a text, earliest first (each after the versions it supersedes, then by date),
 * with the text itself.
 */
public record Versions(GraphNode text, List<Entry> versions) {

	/**
	 * One version.
	 * @param supersedes the ids of the versions of the same text it replaces (none: the first,
	 * or a wording parallel to another)
	 * @param current whether no version of the answer supersedes it: in force or in draft at
	 * the as-of date (or now)
	 */
	public record Entry(GraphNode version, List<String> supersedes, boolean current) {
	}

}
