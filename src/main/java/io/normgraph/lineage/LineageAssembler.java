package io.normgraph.lineage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;

import org.jspecify.annotations.Nullable;

import io.normgraph.graph.GraphNode;
import io.normgraph.graph.GraphRelationship;
import io.normgraph.graph.GraphResult;
import io.normgraph.lineage.LineageWalk.Reach;
import io.normgraph.time.AsOf;

/**
 * Turns one or two {@link LineageWalk walks} (upstream, downstream) into one
 * {@link GraphResult}: every node once, with the {@code depth} and {@code path} of its best
 * way in, nearest first, and every relationship once.
 */
final class LineageAssembler {

	private final Map<String, Reach> reached = new LinkedHashMap<>();

	private final Map<String, GraphRelationship> relationships = new LinkedHashMap<>();

	private @Nullable AsOf asOf;

	void add(LineageWalk walk) {
		this.asOf = walk.asOf();
		for (Reach reach : walk.reached()) {
			this.reached.merge(reach.node().elementId(), reach, BinaryOperator.minBy(Reach.FEWEST_HOPS));
		}
		walk.relationships().forEach((relationship) -> this.relationships.putIfAbsent(relationship.id(), relationship));
	}

	GraphResult result() {
		List<GraphNode> nodes = this.reached.values()
			.stream()
			.sorted(Reach.FEWEST_HOPS)
			.map((reach) -> AsOf.mark(this.asOf, GraphNode.of(reach.node()))
				.with("depth", reach.depth())
				.with("path", reach.path()))
			.toList();
		return new GraphResult(nodes, List.copyOf(this.relationships.values()));
	}

}
