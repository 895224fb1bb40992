package io.normgraph.lineage;

import java.util.Set;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.NamedPath;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Statement;

/**
 * Builds the lineage statements with Cypher-DSL. Relationship types come only from
 * {@link LineageType} and the depth is a checked integer; the root id is a parameter.
 * <p>
 * Each statement returns one row per path, as two path columns {@code first} and
 * {@code second} that join end to start: upstream, {@code first} climbs PART_OF from the root
 * to a containing provision or instrument and {@code second} follows lineage from there;
 * downstream, {@code first} follows lineage inward and {@code second} descends PART_OF to the
 * provisions that inherit it.
 */
final class LineageQueries {

	/** How many PART_OF levels inheritance climbs or descends (standard, section, instrument…). */
	static final int CONTAINMENT_LEVELS = 4;

	private LineageQueries() {
	}

	static Statement upstream(Set<LineageType> types, int depth) {
		Node root = root();
		Node anchor = Cypher.anyNode("anchor");
		Node n = Cypher.anyNode("n");
		boolean inherit = types.contains(LineageType.PART_OF);
		NamedPath first = Cypher.path("first")
			.definedBy(root.relationshipTo(anchor, "PART_OF").length(0, inherit ? CONTAINMENT_LEVELS : 0));
		NamedPath second = Cypher.path("second")
			.definedBy(anchor.relationshipTo(n, followed(types)).length(0, depth));
		Condition provisionsOnly = Cypher.length(first)
			.isEqualTo(Cypher.literalOf(0))
			.or(root.hasLabels("Provision"));
		return Cypher.match(root)
			.optionalMatch(first)
			.where(provisionsOnly)
			.optionalMatch(second)
			.returning(root, first, second)
			.build();
	}

	static Statement downstream(Set<LineageType> types, int depth) {
		Node root = root();
		Node m = Cypher.anyNode("m");
		Node n = Cypher.anyNode("n");
		boolean inherit = types.contains(LineageType.PART_OF);
		NamedPath first = Cypher.path("first").definedBy(root.relationshipFrom(m, followed(types)).length(0, depth));
		NamedPath second = Cypher.path("second")
			.definedBy(m.relationshipFrom(n, "PART_OF").length(0, inherit ? CONTAINMENT_LEVELS : 0));
		Condition inheritingParts = Cypher.length(second)
			.isEqualTo(Cypher.literalOf(0))
			.or(Cypher.length(first).gt(Cypher.literalOf(0)).and(n.hasLabels("Provision")));
		return Cypher.match(root)
			.optionalMatch(first)
			.optionalMatch(second)
			.where(inheritingParts)
			.returning(root, first, second)
			.build();
	}

	private static Node root() {
		return Cypher.node("Entity").named("root").withProperties("id", Cypher.parameter("id"));
	}

	private static String[] followed(Set<LineageType> types) {
		return types.stream().filter((type) -> type != LineageType.PART_OF).map(Enum::name).toArray(String[]::new);
	}

}
