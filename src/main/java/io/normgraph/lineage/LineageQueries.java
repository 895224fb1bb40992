package io.normgraph.lineage;

import java.util.Map;
import java.util.Set;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Statement;

/**
 * Builds the lineage and derived-from statements with Cypher-DSL, as {@link BreadthFirst}
 * traversals: each node is reached once per level at most, never once per path.
 * Relationship types come only from {@link LineageType} and the depth is a checked integer
 * (it sets how many levels are unrolled); the root id is a parameter.
 * <p>
 * A lineage statement returns one row: {@code root}; {@code nodes}, every other node reached
 * as {@code {n, depth, ids}} (a provision that inherits can come more than once, from
 * different containers; {@link LineageAssembler} keeps its best); and {@code links}, nested
 * lists of {@code {r, start, end}}: the relationships of every path within the bounds, that
 * is every followed relationship leaving a node reached in fewer hops than the depth, and
 * PART_OF up from the root (upstream) or down to provisions (downstream) within
 * {@link #CONTAINMENT_LEVELS}.
 */
final class LineageQueries {

	/** How many PART_OF levels inheritance climbs or descends (standard, section, instrument…). */
	static final int CONTAINMENT_LEVELS = 4;

	private LineageQueries() {
	}

	/**
	 * Upstream: a provision first climbs PART_OF to its sections and instrument (all at depth
	 * 0, their paths from the root), then lineage leaves from all of them at once, so that
	 * each node gets the fewest lineage hops and, among those, the fewest ids.
	 */
	static Statement upstream(Set<LineageType> types, int depth) {
		Node root = root();
		BreadthFirst bfs = new BreadthFirst(root, false);
		if (types.contains(LineageType.PART_OF)) {
			// Only a provision inherits the lineage of what it is part of.
			bfs.set(Map.of("frontier", Cypher.caseExpression()
				.when(root.hasLabels("Provision"))
				.then(Cypher.name("frontier"))
				.elseDefault(Cypher.listOf())));
			for (int level = 1; level <= CONTAINMENT_LEVELS; level++) {
				bfs.outward(0, "PART_OF");
			}
			bfs.set(Map.of("frontier", Cypher.listOf(bfs.rootEntry()).add(Cypher.name("nodes"))));
		}
		for (int level = 1; level <= depth; level++) {
			bfs.outward(level, followed(types));
		}
		return bfs.returning(root.getRequiredSymbolicName(), Cypher.name("nodes"), Cypher.name("links")).build();
	}

	/**
	 * Downstream: lineage inward from the root, then the provisions that are part of what was
	 * reached inherit its depth, as does the root's own if a lineage cycle leads back to it.
	 */
	static Statement downstream(Set<LineageType> types, int depth) {
		Node root = root();
		BreadthFirst bfs = new BreadthFirst(root, false);
		for (int level = 1; level <= depth; level++) {
			bfs.inward(level, followed(types));
		}
		if (types.contains(LineageType.PART_OF)) {
			bfs.set(Map.of("frontier", Cypher.name("nodes").add(Cypher.name("cycles"))));
			for (int level = 1; level <= CONTAINMENT_LEVELS; level++) {
				bfs.descend();
			}
		}
		return bfs.returning(root.getRequiredSymbolicName(), Cypher.name("nodes"), Cypher.name("links")).build();
	}

	/**
	 * Every provision that derives from the root through at most {@code hops} DERIVES_FROM, or
	 * is part of one that does (up to {@link #CONTAINMENT_LEVELS}), as {@code rows} of
	 * {@code {p, ids}}, ids being the chain from the provision to the root. A provision may
	 * come more than once; its shortest chain is the one to keep.
	 */
	static Statement derived(int hops) {
		Node root = root();
		BreadthFirst bfs = new BreadthFirst(root, true);
		for (int level = 1; level <= hops; level++) {
			bfs.inward(level, "DERIVES_FROM");
		}
		bfs.set(Map.of("frontier", Cypher.name("nodes").add(Cypher.name("cycles")), "nodes",
				BreadthFirst.provisions(Cypher.name("nodes").add(Cypher.name("cycles")))));
		for (int level = 1; level <= CONTAINMENT_LEVELS; level++) {
			bfs.descend();
		}
		return bfs
			.returning(root.getRequiredSymbolicName(), Cypher.listWith(Cypher.name("x"))
				.in(Cypher.name("nodes"))
				.returning(Cypher.mapOf("p", Cypher.property("x", "n"), "ids", Cypher.property("x", "ids")))
				.as("rows"))
			.build();
	}

	private static Node root() {
		return Cypher.node("Entity").named("root").withProperties("id", Cypher.parameter("id"));
	}

	private static String[] followed(Set<LineageType> types) {
		return types.stream().filter((type) -> type != LineageType.PART_OF).map(Enum::name).toArray(String[]::new);
	}

}
