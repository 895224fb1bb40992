package io.normgraph.lineage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;

import org.jspecify.annotations.Nullable;

import io.normgraph.graph.Fields;
import io.normgraph.graph.GraphNode;
import io.normgraph.graph.GraphRelationship;
import io.normgraph.graph.GraphResult;
import io.normgraph.lineage.LineageWalk.Reach;
import io.normgraph.time.AsOf;

/**
 * Turns one or two {@link LineageWalk walks} (upstream, downstream) that shared a
 * {@link WalkBudget} into one {@link GraphResult}: every node once, with the {@code depth} and
 * {@code path} of its best way in, nearest first, every relationship once, and what the limit
 * left out.
 */
final class LineageAssembler {

	private final WalkBudget budget;

	private final Map<String, Reach> reached = new LinkedHashMap<>();

	/** The date the walks read the graph as of, whose answer marks undated nodes and relationships. */
	private final @Nullable AsOf asOf;

	LineageAssembler(WalkBudget budget, @Nullable AsOf asOf) {
		this.budget = budget;
		this.asOf = asOf;
	}

	void add(LineageWalk walk) {
		for (Reach reach : walk.reached()) {
			this.reached.merge(reach.elementId(), reach, BinaryOperator.minBy(Reach.FEWEST_HOPS));
		}
	}

	/**
	 * @param within for {@link Fields#MINIMAL}, the outermost container of each unit by its id
	 */
	GraphResult result(Fields fields, Map<String, String> within) {
		boolean all = fields == Fields.ALL;
		List<GraphNode> nodes = this.reached.values().stream().sorted(Reach.FEWEST_HOPS).map((reach) -> {
			WalkNode node = this.budget.node(reach.elementId());
			if (all) {
				return AsOf.mark(this.asOf, node.graphNode(Map.of("depth", reach.depth(), "path", reach.path())));
			}
			GraphNode minimal = AsOf.mark(this.asOf, node.minimal()).with("depth", reach.depth());
			String container = within.get(node.id());
			return (container != null) ? minimal.with("within", container) : minimal;
		}).toList();
		List<GraphRelationship> relationships = this.budget.relationships()
			.stream()
			.map((r) -> AsOf.mark(this.asOf,
					r.graphRelationship(this.budget.node(r.start()).id(), this.budget.node(r.end()).id(), all)))
			.toList();
		return new GraphResult(nodes, relationships, this.budget.omitted());
	}

}
