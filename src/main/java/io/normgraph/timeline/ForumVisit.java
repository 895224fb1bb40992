package io.normgraph.timeline;

import org.jspecify.annotations.Nullable;

import io.normgraph.graph.NodeRef;

/**
 * A forum an agenda or instrument was carried to (PURSUED_IN), negotiated in
 * (NEGOTIATED_IN) or adopted by (ADOPTED_BY).
 */
public record ForumVisit(NodeRef forum, String relationship, @Nullable String date, @Nullable String action,
		@Nullable String source, @Nullable String locator) {
}
