package io.normgraph.stance;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.normgraph.graph.NodeRef;
import io.normgraph.schema.Polarity;

/**
 * An actor's stance on a node: its relationship type ({@code stance}, e.g. SUPPORTS) and which
 * way it goes ({@code polarity}, from the schema), the meeting it was taken at, its date and
 * action, its provenance, whether the source dates it at all, and every property of the
 * relationship (a corpus's own included).
 */
public record Stance(NodeRef actor, String stance, Polarity polarity, NodeRef target, @Nullable NodeRef meeting,
		@Nullable String date, @Nullable String action, @Nullable String source, @Nullable String locator,
		boolean undated, Map<String, Object> properties) {
}
