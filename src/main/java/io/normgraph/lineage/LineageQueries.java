package io.normgraph.lineage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.NamedPath;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.SymbolicName;

import io.normgraph.schema.Schema;

/**
 * The statements of a breadth-first {@link LineageWalk}, built with Cypher-DSL and rendered once
 * per shape (types, units, direction). Relationship types and labels come only from the schema
 * ({@link LineageTypes}); the root id and the frontier (element ids) are parameters.
 * <p>
 * No statement follows lineage more than one hop: {@link #level} expands the frontier by one
 * relationship, so a walk costs what it reaches, never the number of paths to it (a ladder of
 * k diamonds has 2^k). Only containment is followed as a bounded pattern: it is a
 * hierarchy of at most {@link #CONTAINMENT_LEVELS} levels in which a node has one container,
 * so it has about as many paths as nodes.
 */
final class LineageQueries {

	/** How many containment levels inheritance climbs or descends (standard, section, instrument…). */
	static final int CONTAINMENT_LEVELS = 4;

	private static final Map<Object, String> rendered = new ConcurrentHashMap<>();

	private LineageQueries() {
	}

	/**
	 * The root by id; when the lineage inherits and the walk goes upstream, also every container
	 * of a unit root, each as the containment path {@code up} from the root (its lineage is the
	 * root's by inheritance).
	 */
	static String root(LineageTypes types, boolean climb) {
		if (!climb || !types.inherits()) {
			return rendered.computeIfAbsent("root", (key) -> {
				Node root = root();
				return Cypher.match(root).returning(root).build().getCypher();
			});
		}
		return rendered.computeIfAbsent(new Shape("climb", types, true), (key) -> {
			Node root = root();
			NamedPath up = Cypher.path("up")
				.definedBy(root.relationshipTo(Cypher.anyNode(), types.containmentArray()).length(1, CONTAINMENT_LEVELS));
			return Cypher.match(root).optionalMatch(up).where(isUnit(root, types)).returning(root, up).build().getCypher();
		});
	}

	/**
	 * One level of the walk: every relationship {@code r} of the followed types that leaves
	 * (upstream) or enters (downstream) a frontier node {@code from}, with the node {@code v}
	 * at its other end, how many relationships lead on from {@code v} ({@code onward}) and,
	 * downstream with inheritance, how many parts it has ({@code parts}). The counts come from
	 * the node's degrees and spare the walk a round trip that would find nothing.
	 */
	static String level(LineageTypes types, boolean upstream) {
		return rendered.computeIfAbsent(new Shape("level", types, upstream), (key) -> {
			SymbolicName from = Cypher.name("from");
			Node u = Cypher.anyNode("u");
			Node v = Cypher.anyNode("v");
			String[] followed = types.followedArray();
			Relationship r = (upstream ? u.relationshipTo(v, followed) : u.relationshipFrom(v, followed)).named("r");
			Node next = Cypher.anyNode();
			List<Expression> columns = new ArrayList<>(List.of(from, r.getRequiredSymbolicName(),
					v.getRequiredSymbolicName(), Cypher
						.count(upstream ? v.relationshipTo(next, followed) : v.relationshipFrom(next, followed))
						.as("onward")));
			if (!upstream && types.inherits()) {
				columns.add(Cypher.count(v.relationshipFrom(Cypher.anyNode(), types.containmentArray())).as("parts"));
			}
			return Cypher.unwind(Cypher.parameter("frontier"))
				.as(from)
				.match(u)
				.where(Cypher.elementId(u).isEqualTo(from))
				.match(r)
				.where(inferred(r, types.inferred()))
				.returning(columns)
				.build()
				.getCypher();
		});
	}

	/**
	 * The units that inherit the lineage of a frontier node {@code from} by being part of it,
	 * each as the containment path {@code part} down to it.
	 */
	static String parts(LineageTypes types) {
		return rendered.computeIfAbsent(new Shape("parts", types, false), (key) -> {
			SymbolicName from = Cypher.name("from");
			Node m = Cypher.anyNode("m");
			Node unit = Cypher.anyNode("unit");
			NamedPath part = Cypher.path("part")
				.definedBy(m.relationshipFrom(unit, types.containmentArray()).length(1, CONTAINMENT_LEVELS));
			return Cypher.unwind(Cypher.parameter("frontier"))
				.as(from)
				.match(m)
				.where(Cypher.elementId(m).isEqualTo(from))
				.match(part)
				.where(isUnit(unit, types))
				.returning(from, part.getRequiredSymbolicName())
				.build()
				.getCypher();
		});
	}

	/**
	 * Which relationships count, by whether they were inferred: asserted ones have no
	 * {@code inferred} flag (or false); inferred ones count at or over {@code $minScore}.
	 * Excluding needs no condition: only the reuse types hold inferred relationships, and
	 * {@link LineageTypes#with} leaves them out (so no statement names a property key that a
	 * graph without detected reuse lacks, which Neo4j would warn about).
	 */
	private static Condition inferred(Relationship r, Inferred mode) {
		Condition asserted = Cypher.coalesce(r.property("inferred"), Cypher.literalFalse()).isFalse();
		Condition scored = r.property("inferred").isTrue().and(r.property("score").gte(Cypher.parameter("minScore")));
		return switch (mode) {
			case EXCLUDE -> Cypher.noCondition();
			case INCLUDE -> asserted.or(scored);
			case ONLY -> scored;
		};
	}

	private static Node root() {
		return Cypher.node(Schema.ENTITY).named("root").withProperties("id", Cypher.parameter("id"));
	}

	/** {@code n:Provision OR n:Article …}: the node has one of the unit labels. */
	private static Condition isUnit(Node node, LineageTypes types) {
		Condition any = Cypher.noCondition();
		for (String label : new java.util.TreeSet<>(types.units())) {
			any = any.or(node.hasLabels(label));
		}
		return types.units().isEmpty() ? Cypher.isFalse() : any;
	}

	/** What a rendered statement depends on. */
	private record Shape(String statement, LineageTypes types, boolean upstream) {
	}

}
