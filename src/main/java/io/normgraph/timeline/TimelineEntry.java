package io.normgraph.timeline;

import org.jspecify.annotations.Nullable;

import io.normgraph.graph.NodeRef;

/**
 * One dated event on the timeline: a meeting held, a decision taken, or any other node's event
 * date the schema declares (an instrument signed or adopted, a provision deleted, a version).
 *
 * @param kind the node's label (Meeting, Decision, Instrument, a corpus's own…)
 * @param role the label's role (meeting, decision, instrument, version…), or null
 * @param event the event's name as the schema gives it (held, decided, adopted, signed…)
 * @param date the event's date (a decision without one takes its meeting's), null if undated
 * @param endDate for a meeting, the day it closed
 * @param forum a meeting's forum, or a decision's meeting's
 * @param meeting a decision's meeting
 * @param undated whether the source gives no date for it (it then comes last)
 */
public record TimelineEntry(String kind, @Nullable String role, @Nullable String event, String id, String name,
		@Nullable String date, @Nullable String endDate, @Nullable NodeRef forum, @Nullable NodeRef meeting,
		@Nullable String place, @Nullable String outcome, @Nullable String summary, @Nullable String source,
		@Nullable String locator, boolean undated) {
}
