package io.normgraph.lineage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.normgraph.graph.GraphNode;
import io.normgraph.system.Parameters;

/**
 * "Which standards derive from which G8 or SAFE text": a downstream {@link LineageWalk} over
 * DERIVES_FROM with inheritance, keeping each provision's shortest chain, in one read
 * transaction.
 */
@Service
public class DerivationService {

	/** DERIVES_FROM hops from a provision's container to the root, at most. */
	static final int MAX_CHAIN = 6;

	/**
	 * Ids in natural order, so secure-std-2 comes before secure-std-10: runs of digits compare
	 * by length, then digit by digit; everything else character by character. Walks the two
	 * strings without allocating, because a hub's derivation sorts tens of thousands of rows.
	 */
	static final Comparator<String> NATURAL = (a, b) -> {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			if (Character.isDigit(a.charAt(i)) && Character.isDigit(b.charAt(j))) {
				int x = digitsEnd(a, i);
				int y = digitsEnd(b, j);
				int order = Integer.compare(x - i, y - j);
				for (int k = 0; order == 0 && k < x - i; k++) {
					order = Character.compare(a.charAt(i + k), b.charAt(j + k));
				}
				if (order != 0) {
					return order;
				}
				i = x;
				j = y;
			}
			else if (a.charAt(i) != b.charAt(j)) {
				return Character.compare(a.charAt(i), b.charAt(j));
			}
			else {
				i++;
				j++;
			}
		}
		return Integer.compare(a.length() - i, b.length() - j);
	};

	private final LineageWalk.Statements statements;

	DerivationService(Neo4jClient client) {
		this.statements = LineageWalk.Statements.of(client);
	}

	@Transactional(readOnly = true)
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

	private static int digitsEnd(String text, int start) {
		int end = start;
		while (end < text.length() && Character.isDigit(text.charAt(end))) {
			end++;
		}
		return end;
	}

}
