package io.normgraph.lineage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

import io.normgraph.graph.GraphNode;
import io.normgraph.system.Parameters;

/**
 * "Which standards derive from which G8 or SAFE text": a downstream {@link LineageWalk} over
 * DERIVES_FROM with inheritance, keeping each provision's shortest chain.
 */
@Service
public class DerivationService {

	/** DERIVES_FROM hops from a provision's container to the root, at most. */
	static final int MAX_CHAIN = 6;

	/** Ids in natural order, so secure-std-2 comes before secure-std-10. */
	static final Comparator<String> NATURAL = (a, b) -> {
		String[] x = a.split("(?<=\\d)(?=\\D)|(?<=\\D)(?=\\d)");
		String[] y = b.split("(?<=\\d)(?=\\D)|(?<=\\D)(?=\\d)");
		for (int i = 0; i < Math.min(x.length, y.length); i++) {
			boolean digits = Character.isDigit(x[i].charAt(0)) && Character.isDigit(y[i].charAt(0));
			int order = (digits && x[i].length() != y[i].length()) ? Integer.compare(x[i].length(), y[i].length())
					: x[i].compareTo(y[i]);
			if (order != 0) {
				return order;
			}
		}
		return Integer.compare(x.length, y.length);
	};

	private final LineageWalk.Statements statements;

	DerivationService(Neo4jClient client) {
		this.statements = LineageWalk.Statements.of(client);
	}

	public Derivation derived(String root) {
		Parameters.id(root, "id");
		return derived(this.statements, root, MAX_CHAIN);
	}

	/** Every provision the walk reached, the root excepted, with its chain from the provision to the root. */
	static Derivation derived(LineageWalk.Statements statements, String root, int maxChain) {
		LineageWalk walk = new LineageWalk(statements, false, EnumSet.of(LineageType.DERIVES_FROM, LineageType.PART_OF),
				maxChain, LineageWalk.Reach.SHORTEST).from(root);
		List<Derivation.Row> rows = new ArrayList<>();
		for (LineageWalk.Reach reach : walk.reached()) {
			if (reach.depth() > 0 && reach.node().hasLabel("Provision")) {
				List<String> chain = new ArrayList<>(reach.path());
				Collections.reverse(chain);
				rows.add(new Derivation.Row(GraphNode.of(reach.node()), chain));
			}
		}
		rows.sort(Comparator.comparing((Derivation.Row row) -> row.provision().id(), NATURAL));
		return new Derivation(GraphNode.of(walk.root().node()), rows);
	}

}
