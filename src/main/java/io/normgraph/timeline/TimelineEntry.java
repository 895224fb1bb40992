package io.normgraph.timeline;

import org.jspecify.annotations.Nullable;

import io.normgraph.graph.NodeRef;

/**
 * A Meeting (date is its start date) or a Decision (date is its own, else its meeting's) on
 * the timeline, with its forum.
 */
public record TimelineEntry(String kind, String id, String name, @Nullable String date, @Nullable String endDate,
		@Nullable NodeRef forum, @Nullable String place, @Nullable String outcome, @Nullable String summary,
		@Nullable String source, @Nullable String locator) {
}
