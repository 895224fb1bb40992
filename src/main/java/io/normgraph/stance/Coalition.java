package io.normgraph.stance;

import java.util.List;

import io.normgraph.graph.NodeRef;
import io.normgraph.schema.Polarity;

/**
 * Two or more actors who took the same stance on the same node at the same meeting.
 */
public record Coalition(NodeRef meeting, String stance, Polarity polarity, NodeRef target, List<NodeRef> actors) {
}
