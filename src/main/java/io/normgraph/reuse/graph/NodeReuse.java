package io.normgraph.reuse.graph;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.normgraph.graph.GraphNode;

/**
 * One detected reuse seen from a node ({@code GET /api/v1/nodes/{id}/reuse}): the node at the
 * other end, whether the asked node took text from it ({@link #REUSES}) or gave text to it
 * ({@link #REUSED_BY}), the scores, the aligned spans and the run that found it.
 *
 * @param other the other end: id, labels and name
 * @param direction {@code reuses} (the asked node is the later text) or {@code reusedBy}
 * @param later the id of the later text (where the relationship starts)
 * @param earlier the id of the earlier text
 * @param level {@code provision} or {@code instrument} (the roll-up)
 * @param score the finding's score (for the roll-up, its share)
 * @param similarity Jaccard similarity of the two texts (provision level only)
 * @param containment share of the later text taken from the earlier (provision level only)
 * @param directed false when the dates did not decide which text is later
 * @param laterTextProperty the property of the later node whose text the spans index
 * @param earlierTextProperty the property of the earlier node whose text the spans index
 * @param spans the reused passages, character offsets in both texts (none at instrument level)
 * @param source the id of the run's Source node
 * @param locator the run
 */
public record NodeReuse(GraphNode other, String direction, String later, String earlier, String level, double score,
		@Nullable Double similarity, @Nullable Double containment, boolean directed, @Nullable String laterTextProperty,
		@Nullable String earlierTextProperty, List<Span> spans, String source, String locator) {

	/** The asked node is the later text: it took text from the other. */
	public static final String REUSES = "reuses";

	/** The asked node is the earlier text: the other took text from it. */
	public static final String REUSED_BY = "reusedBy";

	/**
	 * One reused passage: {@code [laterStart, laterEnd)} of the later text is aligned with
	 * {@code [earlierStart, earlierEnd)} of the earlier one.
	 */
	public record Span(int laterStart, int laterEnd, int earlierStart, int earlierEnd) {
	}

}
