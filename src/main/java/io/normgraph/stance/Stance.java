package io.normgraph.stance;

import org.jspecify.annotations.Nullable;

import io.normgraph.graph.NodeRef;

/**
 * An actor's SUPPORTS or OPPOSES of a node, with the meeting, date and action it was taken
 * at and its provenance.
 */
public record Stance(NodeRef actor, String stance, NodeRef target, @Nullable NodeRef meeting, @Nullable String date,
		@Nullable String action, @Nullable String source, @Nullable String locator) {
}
