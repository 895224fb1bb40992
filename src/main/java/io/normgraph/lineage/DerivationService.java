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
import io.normgraph.time.AsOf;

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
		return derived(root, null);
	}

	/** What derives from the root as of a date: only what holds then (see {@link AsOf}). */
	@Transactional(readOnly = true)
	public Derivation derived(String root, @Nullable String asOf) {
		Parameters.id(root, "id");
		AsOf day = AsOf.parse(asOf);
		Schema schema = this.schemas.current();
		return derived(this.statements, root, LineageTypes.of(schema.typesWith(TypeRole.DERIVATION), schema), MAX_CHAIN,
				day);
	}

	/**
	 * Every unit of text (a node with a provision-role label) the walk reached, the root excepted,
	 * with its chain from the unit to the root.
	 */
	static Derivation derived(LineageWalk.Statements statements, String root, LineageTypes types, int maxChain,
			@Nullable AsOf asOf) {
		LineageWalk walk = new LineageWalk(statements, false, types, maxChain, LineageWalk.Reach.SHORTEST, asOf)
			.from(root);
		List<Derivation.Row> rows = new ArrayList<>();
		for (LineageWalk.Reach reach : walk.reached()) {
			if (reach.depth() > 0 && types.units().stream().anyMatch(reach.node()::hasLabel)) {
				List<String> chain = new ArrayList<>(reach.path());
				Collections.reverse(chain);
				rows.add(new Derivation.Row(AsOf.mark(asOf, GraphNode.of(reach.node())), chain));
			}
		}
		rows.sort(Comparator.comparing((Derivation.Row row) -> row.provision().id(), NaturalOrder.COMPARATOR));
		return new Derivation(AsOf.mark(asOf, GraphNode.of(walk.root().node())), rows);
	}

}
