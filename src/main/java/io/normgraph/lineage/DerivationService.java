package io.normgraph.lineage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.normgraph.graph.Fields;
import io.normgraph.graph.NodeLimit;
import io.normgraph.graph.Omitted;
import io.normgraph.schema.Schema;
import io.normgraph.schema.SchemaRegistry;
import io.normgraph.schema.TypeRole;
import io.normgraph.system.NaturalOrder;
import io.normgraph.system.Parameters;
import io.normgraph.time.AsOf;

/**
 * "Which standards derive from which G8 or SAFE text": a downstream {@link LineageWalk} over the
 * schema's derivation types with inheritance, keeping each unit's shortest chain, in one read
 * transaction. The walk keeps at most {@code limit} nodes (the root and the instruments on the
 * way included), so there are fewer rows than that.
 */
@Service
public class DerivationService {

	/** Derivation hops from a unit's container to the root, at most. */
	static final int MAX_CHAIN = 6;

	private final LineageWalk.Statements statements;

	private final SchemaRegistry schemas;

	DerivationService(Neo4jClient client, SchemaRegistry schemas) {
		this.statements = LineageWalk.Statements.of(client);
		this.schemas = schemas;
	}

	/** Reads the request's id, limit, fields, as-of date and whether detected reuse counts. */
	@Transactional(readOnly = true)
	public Derivation derived(LineageRequest request) {
		Parameters.id(request.id(), "id");
		Schema schema = this.schemas.current();
		WalkBudget budget = new WalkBudget(NodeLimit.of(request.limit()));
		Fields fields = Fields.parse(request.fields());
		Inferred inferred = Inferred.parse(request.inferred());
		double minScore = Inferred.minScore(request.minScore());
		LineageTypes types = LineageTypes.of(schema.typesWith(TypeRole.DERIVATION), schema).with(inferred, schema);
		return derived(this.statements.scoredAtLeast(minScore), request.id(), types, MAX_CHAIN, budget, fields,
				AsOf.parse(request.asOf()));
	}

	/**
	 * Every unit of text (a node with a provision-role label) the walk reached, the root excepted,
	 * with its chain from the unit to the root.
	 */
	static Derivation derived(LineageWalk.Statements statements, String root, LineageTypes types, int maxChain,
			WalkBudget budget, Fields fields, @Nullable AsOf asOf) {
		boolean all = fields == Fields.ALL;
		LineageWalk walk = new LineageWalk(statements, false, types, maxChain, LineageWalk.Reach.SHORTEST, budget, all,
				asOf)
			.from(root);
		budget.load(statements, all);
		List<Derivation.Row> rows = new ArrayList<>();
		for (LineageWalk.Reach reach : walk.reached()) {
			WalkNode node = budget.node(reach.elementId());
			if (reach.depth() > 0 && types.units().stream().anyMatch(node::hasLabel)) {
				List<String> chain = new ArrayList<>(reach.path());
				Collections.reverse(chain);
				rows.add(new Derivation.Row(AsOf.mark(asOf, all ? node.graphNode() : node.minimal()), chain));
			}
		}
		rows.sort(Comparator.comparing((Derivation.Row row) -> row.provision().id(), NaturalOrder.COMPARATOR));
		WalkNode rootNode = budget.node(walk.root().elementId());
		Omitted omitted = budget.omitted();
		return new Derivation(AsOf.mark(asOf, all ? rootNode.graphNode() : rootNode.minimal()), rows, omitted.any(),
				omitted.any() ? omitted : null);
	}

}
