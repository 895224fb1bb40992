package io.normgraph.timeline;

import java.util.List;

/** The REST envelope of forum visits: {@code {rows}}. */
public record ForumVisits(List<ForumVisit> rows) {
}
