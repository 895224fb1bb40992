package io.normgraph.stance;

import java.util.List;

import io.normgraph.graph.NodeRef;

/**
 * Two or more actors who took the same stance on the same node at the same meeting.
 */
public record Coalition(NodeRef meeting, String stance, NodeRef target, List<NodeRef> actors) {
}
