package io.normgraph.timeline;

import java.util.List;

/** The REST envelope of the timeline: {@code {items}}. */
public record Timeline(List<TimelineEntry> items) {
}
