package io.normgraph.lineage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.NamedPath;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.SymbolicName;

/**
 * The statements of a breadth-first {@link LineageWalk}, built with Cypher-DSL and rendered
 * once each (the level statements once per type set and direction). Relationship types come only from {@link LineageType}; the root id and the
 * frontier (element ids) are parameters.
 * <p>
 * No statement follows lineage more than one hop: {@link #level} expands the frontier by one
 * relationship, so a walk costs what it reaches, never the number of paths to it (a ladder of
 * k diamonds has 2^k). Only PART_OF is followed as a bounded pattern: containment is a
 * hierarchy of at most {@link #CONTAINMENT_LEVELS} levels in which a node has one container,
 * so it has about as many paths as nodes.
 */
final class LineageQueries {

	/** How many PART_OF levels inheritance climbs or descends (standard, section, instrument…). */
	static final int CONTAINMENT_LEVELS = 4;

	private static final String ROOT = renderRoot(false);

	private static final String ROOT_AND_CONTAINERS = renderRoot(true);

	private static final String PARTS = renderParts();

	private static final Map<Level, String> levels = new ConcurrentHashMap<>();

	private LineageQueries() {
	}

	/**
	 * The root by id; with {@code climb}, also every container of a provision root, each as the
	 * PART_OF path {@code up} from the root (its lineage is the root's by inheritance).
	 */
	static String root(boolean climb) {
		return climb ? ROOT_AND_CONTAINERS : ROOT;
	}

	private static String renderRoot(boolean climb) {
		Node root = Cypher.node("Entity").named("root").withProperties("id", Cypher.parameter("id"));
		if (!climb) {
			return Cypher.match(root).returning(root).build().getCypher();
		}
		NamedPath up = Cypher.path("up")
			.definedBy(root.relationshipTo(Cypher.anyNode(), "PART_OF").length(1, CONTAINMENT_LEVELS));
		return Cypher.match(root)
			.optionalMatch(up)
			.where(root.hasLabels("Provision"))
			.returning(root, up)
			.build()
			.getCypher();
	}

	/**
	 * One level of the walk: every relationship {@code r} of the given types that leaves
	 * (upstream) or enters (downstream) a frontier node {@code from}, with the node {@code v}
	 * at its other end, how many relationships lead on from {@code v} ({@code onward}) and,
	 * downstream with inheritance, how many parts it has ({@code parts}). The counts come from
	 * the node's degrees and spare the walk a round trip that would find nothing.
	 */
	static String level(Set<LineageType> types, boolean upstream) {
		return levels.computeIfAbsent(new Level(Set.copyOf(types), upstream), (key) -> {
			SymbolicName from = Cypher.name("from");
			Node u = Cypher.anyNode("u");
			Node v = Cypher.anyNode("v");
			String[] followed = types.stream()
				.filter((type) -> type != LineageType.PART_OF)
				.map(Enum::name)
				.toArray(String[]::new);
			Relationship r = (upstream ? u.relationshipTo(v, followed) : u.relationshipFrom(v, followed)).named("r");
			Node next = Cypher.anyNode();
			List<Expression> columns = new ArrayList<>(List.of(from, r.getRequiredSymbolicName(),
					v.getRequiredSymbolicName(), Cypher
						.count(upstream ? v.relationshipTo(next, followed) : v.relationshipFrom(next, followed))
						.as("onward")));
			if (!upstream && types.contains(LineageType.PART_OF)) {
				columns.add(Cypher.count(v.relationshipFrom(Cypher.anyNode(), "PART_OF")).as("parts"));
			}
			return Cypher.unwind(Cypher.parameter("frontier"))
				.as(from)
				.match(u)
				.where(Cypher.elementId(u).isEqualTo(from))
				.match(r)
				.returning(columns)
				.build()
				.getCypher();
		});
	}

	/**
	 * The provisions that inherit the lineage of a frontier node {@code from} by being part of
	 * it, each as the PART_OF path {@code part} down to it.
	 */
	static String parts() {
		return PARTS;
	}

	private static String renderParts() {
		SymbolicName from = Cypher.name("from");
		Node m = Cypher.anyNode("m");
		NamedPath part = Cypher.path("part")
			.definedBy(m.relationshipFrom(Cypher.node("Provision"), "PART_OF").length(1, CONTAINMENT_LEVELS));
		return Cypher.unwind(Cypher.parameter("frontier"))
			.as(from)
			.match(m)
			.where(Cypher.elementId(m).isEqualTo(from))
			.match(part)
			.returning(from, part.getRequiredSymbolicName())
			.build()
			.getCypher();
	}

	private record Level(Set<LineageType> types, boolean upstream) {
	}

}
