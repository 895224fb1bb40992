package io.normgraph.timeline;

import org.jspecify.annotations.Nullable;

import io.normgraph.graph.NodeRef;

/**
 * A forum an agenda or instrument was carried to, negotiated in or adopted by (a relationship
 * type whose role is forum: PURSUED_IN, NEGOTIATED_IN, ADOPTED_BY or a corpus's own).
 */
public record ForumVisit(NodeRef forum, String relationship, @Nullable String date, @Nullable String action,
		@Nullable String source, @Nullable String locator, boolean undated) {
}
