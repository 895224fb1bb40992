package io.normgraph.lineage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.normgraph.graph.GraphNode;
import io.normgraph.schema.Schema;
import io.normgraph.schema.SchemaRegistry;
import io.normgraph.schema.TypeRole;
import io.normgraph.system.NaturalOrder;
import io.normgraph.system.Parameters;

/**
 * "Which standards derive from which G8 or SAFE text": a downstream {@link LineageWalk} over the
 * schema's derivation types with inheritance, keeping each unit's shortest chain, in one read
 * transaction.
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

	@Transactional(readOnly = true)
	public Derivation derived(String root) {
		return derived(root, null, null);
	}

	/**
	 * @param inferred exclude (default), include or only: whether detected reuse counts as derivation
	 * @param minScore the lowest score of detected reuse followed, 0 to 1
	 */
	@Transactional(readOnly = true)
	public Derivation derived(String root, @Nullable String inferred, @Nullable Double minScore) {
		Parameters.id(root, "id");
		Inferred mode = Inferred.parse(inferred);
		double checkedScore = Inferred.minScore(minScore);
		Schema schema = this.schemas.current();
		LineageTypes types = LineageTypes.of(schema.typesWith(TypeRole.DERIVATION), schema).with(mode, schema);
		return derived(this.statements, root, types, MAX_CHAIN, checkedScore);
	}

	/**
	 * Every unit of text (a node with a provision-role label) the walk reached, the root excepted,
	 * with its chain from the unit to the root.
	 */
	static Derivation derived(LineageWalk.Statements statements, String root, LineageTypes types, int maxChain) {
		return derived(statements, root, types, maxChain, 0);
	}

	static Derivation derived(LineageWalk.Statements statements, String root, LineageTypes types, int maxChain,
			double minScore) {
		LineageWalk walk = new LineageWalk(statements, false, types, maxChain, LineageWalk.Reach.SHORTEST, minScore)
			.from(root);
		List<Derivation.Row> rows = new ArrayList<>();
		for (LineageWalk.Reach reach : walk.reached()) {
			if (reach.depth() > 0 && types.units().stream().anyMatch(reach.node()::hasLabel)) {
				List<String> chain = new ArrayList<>(reach.path());
				Collections.reverse(chain);
				rows.add(new Derivation.Row(GraphNode.of(reach.node()), chain));
			}
		}
		rows.sort(Comparator.comparing((Derivation.Row row) -> row.provision().id(), NaturalOrder.COMPARATOR));
		return new Derivation(GraphNode.of(walk.root().node()), rows);
	}

}
