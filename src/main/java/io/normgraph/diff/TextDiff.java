package io.normgraph.diff;

import java.util.List;

/**
 * A word-level diff of two nodes' texts: both texts and the segments aligned over them
 * ({@link WordDiff}), so a view can cut each text at the offsets and show them side by side.
 */
public record TextDiff(DiffText from, DiffText to, List<DiffSegment> segments) {

	/**
	 * One side: the node, the property its text is in and the text.
	 */
	public record DiffText(String id, String name, String property, String text) {
	}

}
