package io.normgraph.lineage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.NamedPath;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.SymbolicName;

import io.normgraph.schema.Schema;
import io.normgraph.time.AsOf;

/**
 * The statements of a breadth-first {@link LineageWalk}, built with Cypher-DSL and rendered once
 * per shape (types, units, direction, {@link Rows}). Relationship types and labels come only
 * from the schema ({@link LineageTypes}); the root id and the frontier (element ids) are parameters.
 * <p>
 * No statement follows lineage more than one hop: {@link #level} expands the frontier by one
 * relationship, so a walk costs what it reaches, never the number of paths to it (a ladder of
 * k diamonds has 2^k). Only containment is followed as a bounded pattern: it is a
 * hierarchy of at most {@link #CONTAINMENT_LEVELS} levels in which a node has one container,
 * so it has about as many paths as nodes.
 */
final class LineageQueries {

	/** The parameter of the lowest score of detected reuse a walk follows ({@link LineageWalk.Statements#scoredAtLeast}). */
	static final String MIN_SCORE = "minScore";

	/** How many containment levels inheritance climbs or descends (standard, section, instrument…). */
	static final int CONTAINMENT_LEVELS = 4;

	/**
	 * How much a row carries of what it reached: whole nodes and relationships, what the walk
	 * and a {@link io.normgraph.graph.Fields#MINIMAL minimal} answer need (ids, names, labels,
	 * type, provenance), or element ids only, to count what a cut answer leaves out.
	 */
	enum Rows {

		FULL, LIGHT, COUNT

	}

	/** Loads the nodes and relationships a walk kept from light rows, by element id. */
	static final String LOAD = """
			CALL () { UNWIND $nodes AS e MATCH (n) WHERE elementId(n) = e RETURN collect(n) AS nodes }
			CALL () { UNWIND $relationships AS e MATCH ()-[r]->() WHERE elementId(r) = e RETURN collect(r) AS relationships }
			RETURN nodes, relationships""";

	private static final Map<Object, String> rendered = new ConcurrentHashMap<>();

	private LineageQueries() {
	}

	/**
	 * Forgets every rendered statement, so the next call of each builder builds it again: for the
	 * tests of the builders, which would otherwise read what an earlier test (or an earlier
	 * version of the code, in a mutation run's JVM) rendered.
	 */
	static void forgetRendered() {
		rendered.clear();
	}

	/**
	 * The root by id, with how many followed relationships lead on from it ({@code onward});
	 * when the lineage inherits and the walk goes upstream, also every container of a unit root,
	 * each as the containment path {@code up} from the root to it ({@code top}, its lineage is the
	 * root's by inheritance), with its own {@code topOnward}. As of a date ({@code asOf}), also
	 * whether the root {@code holds} then, and only containment paths whose nodes and
	 * relationships all hold.
	 */
	static String root(LineageTypes types, boolean upstream, boolean asOf) {
		boolean climbs = upstream && types.inherits();
		return rendered.computeIfAbsent(new Shape("root", types, upstream, Rows.FULL, asOf), (key) -> {
			Node root = Cypher.node(Schema.ENTITY).named("root").withProperties("id", Cypher.parameter("id"));
			List<Expression> columns = new ArrayList<>(List.of(root.getRequiredSymbolicName(),
					onward(root, types, upstream).as("onward")));
			if (asOf) {
				columns.add(AsOf.holds(root.getRequiredSymbolicName()).as("holds"));
			}
			if (!climbs) {
				return Cypher.match(root).returning(columns).build().getCypher();
			}
			Node top = Cypher.anyNode("top");
			NamedPath up = Cypher.path("up")
				.definedBy(root.relationshipTo(top, types.containmentArray()).length(1, CONTAINMENT_LEVELS));
			columns.addAll(List.of(up.getRequiredSymbolicName(), onward(top, types, true).as("topOnward")));
			return Cypher.match(root)
				.optionalMatch(up)
				.where(asOf ? isUnit(root, types).and(allHold(up)) : isUnit(root, types))
				.returning(columns)
				.build()
				.getCypher();
		});
	}

	/**
	 * A whole walk's reads in one statement ({@link FetchedReads}): the {@code root}, upstream
	 * with inheritance its containment paths {@code ups} when it is a unit; every followed
	 * relationship ({@code hops}) that leaves (upstream) or enters (downstream) a node fewer than
	 * {@code depth} hops from the root or its containers, with the nodes at their far ends
	 * ({@code ends}); downstream with inheritance the containment paths down to the units of
	 * every node reached but the root ({@code parts}, each the element ids of its relationships
	 * from the whole down; their nodes are among {@code ends}, their relationships in
	 * {@code contained}). The nodes fewer than {@code depth} hops
	 * away are found by a variable-length pattern whose distinct ends let Neo4j expand each
	 * node once (a pruning breadth-first search), so the cost is the nodes and relationships
	 * reached, not the paths. No row when the root does not exist or when more than
	 * {@code $cap} relationships or parts would be fetched.
	 */
	static String fetch(LineageTypes types, boolean upstream, int depth) {
		return rendered.computeIfAbsent(new FetchShape(types, upstream, depth), (key) -> {
			String followed = types.followed().stream().sorted().map((type) -> "`" + type + "`").collect(Collectors.joining("|"));
			String containment = types.containment().stream().sorted().map((type) -> "`" + type + "`").collect(Collectors.joining("|"));
			String out = upstream ? "-[%s]->" : "<-[%s]-";
			String start = (upstream && types.inherits()) ? """
					OPTIONAL MATCH up = (root)-[:%s*1..%d]->(top) WHERE %s
					WITH root, collect(up) AS ups
					""".formatted(containment, CONTAINMENT_LEVELS, units("root", types))
					: "WITH root, [] AS ups\n";
			// Each part's path as the element ids of its relationships, its nodes and relationships
			// once each: a path would carry its whole (an instrument, every property) once per part.
			String parts = (!upstream && types.inherits()) ? """
					WITH root, ups, hops, ends, COLLECT {
					  UNWIND ends AS m
					  MATCH part = (m)<-[:%s*1..%d]-(unit) WHERE m <> root AND (%s)
					  RETURN part LIMIT $cap + 1
					} AS paths
					WHERE size(paths) <= $cap
					WITH root, ups, hops, ends + COLLECT { UNWIND paths AS p UNWIND nodes(p)[1..] AS n RETURN DISTINCT n } AS ends,
					  COLLECT { UNWIND paths AS p UNWIND relationships(p) AS c RETURN DISTINCT c } AS contained,
					  [p IN paths | [c IN relationships(p) | elementId(c)]] AS parts
					""".formatted(containment, CONTAINMENT_LEVELS, units("unit", types))
					: "WITH root, ups, hops, ends, [] AS contained, [] AS parts\n";
			return "MATCH (root:`" + Schema.ENTITY + "` {id: $id})\n" + start + """
					CALL (root, ups) {
					  UNWIND [root] + [p IN ups | last(nodes(p))] AS s
					  MATCH (s)%1$s(u)
					  RETURN DISTINCT u
					}
					WITH root, ups, u, COUNT { (u)%2$s() } AS out
					WITH root, ups, collect(u) AS inner, sum(out) AS bound
					WHERE bound <= $cap
					UNWIND inner AS u
					OPTIONAL MATCH (u)%3$s(v)
					WITH root, ups, collect(r) AS hops, collect(DISTINCT v) AS ends
					""".formatted(out.formatted(":" + followed + "*0.." + (depth - 1)), out.formatted(":" + followed),
					out.formatted("r:" + followed)) + parts + "RETURN root, ups, hops, ends, contained, parts";
		});
	}

	/** {@code n:`Article` OR n:`Provision` …}: the node has one of the unit labels (never true without any). */
	private static String units(String variable, LineageTypes types) {
		return types.units().isEmpty() ? "false"
				: types.units().stream().sorted().map((label) -> variable + ":`" + label + "`").collect(Collectors.joining(" OR "));
	}

	/**
	 * One level of the walk: every relationship {@code r} of the followed types that leaves
	 * (upstream) or enters (downstream) a frontier node {@code from}, with the node {@code v}
	 * at its other end, how many relationships lead on from {@code v} ({@code onward}) and,
	 * downstream with inheritance, how many parts it has ({@code parts}). The counts come from
	 * the node's degrees and spare the walk a round trip that would find nothing; {@code onward}
	 * also bounds the next level, so the walk knows before asking whether it may overflow.
	 * Light rows carry {@code re, type, source, locator} of r and {@code ve, id, name, labels}
	 * of v; counting rows {@code re} and {@code ve} only.
	 */
	static String level(LineageTypes types, boolean upstream, Rows rows, boolean asOf) {
		return rendered.computeIfAbsent(new Shape("level", types, upstream, rows, asOf), (key) -> {
			SymbolicName from = Cypher.name("from");
			Node u = Cypher.anyNode("u");
			Node v = Cypher.anyNode("v");
			String[] followed = types.followedArray();
			Relationship r = (upstream ? u.relationshipTo(v, followed) : u.relationshipFrom(v, followed)).named("r");
			List<Expression> columns = new ArrayList<>(List.of(from));
			switch (rows) {
				case FULL -> columns.addAll(List.of(r.getRequiredSymbolicName(), v.getRequiredSymbolicName()));
				case LIGHT -> columns.addAll(List.of(Cypher.elementId(r).as("re"), Cypher.type(r).as("type"),
						r.property("source").as("source"), r.property("locator").as("locator"),
						Cypher.elementId(v).as("ve"), v.property("id").as("id"), v.property("name").as("name"),
						Cypher.labels(v).as("labels")));
				case COUNT -> columns.addAll(List.of(Cypher.elementId(r).as("re"), Cypher.elementId(v).as("ve")));
			}
			columns.add(onward(v, types, upstream).as("onward"));
			if (!upstream && types.inherits()) {
				columns.add(Cypher.count(v.relationshipFrom(Cypher.anyNode(), types.containmentArray())).as("parts"));
			}
			var level = Cypher.unwind(Cypher.parameter("frontier"))
				.as(from)
				.match(u)
				.where(Cypher.elementId(u).isEqualTo(from))
				.match(r);
			Condition holds = asOf ? AsOf.holds(r.getRequiredSymbolicName()).and(AsOf.holds(v.getRequiredSymbolicName()))
					: Cypher.noCondition();
			return level.where(holds.and(inferred(r, types.inferred())))
				.returning(columns)
				.build()
				.getCypher();
		});
	}

	/**
	 * The units that inherit the lineage of a frontier node {@code from} by being part of it,
	 * each as the containment path {@code part} down to it: the path itself, at most {@code $cap}
	 * of them (FULL); its {@code nodes} as {@code {e, id, name, labels}} and {@code relationships}
	 * as {@code {e, type, source, locator}} (LIGHT); or their element ids (COUNT).
	 */
	static String parts(LineageTypes types, Rows rows, boolean asOf) {
		return rendered.computeIfAbsent(new Shape("parts", types, false, rows, asOf), (key) -> {
			SymbolicName from = Cypher.name("from");
			Node m = Cypher.anyNode("m");
			Node unit = Cypher.anyNode("unit");
			NamedPath part = Cypher.path("part")
				.definedBy(m.relationshipFrom(unit, types.containmentArray()).length(1, CONTAINMENT_LEVELS));
			var matched = Cypher.unwind(Cypher.parameter("frontier"))
				.as(from)
				.match(m)
				.where(Cypher.elementId(m).isEqualTo(from))
				.match(part)
				.where(asOf ? isUnit(unit, types).and(allHold(part)) : isUnit(unit, types));
			Node n = Cypher.anyNode("n");
			Relationship each = Cypher.anyNode().relationshipTo(Cypher.anyNode()).named("r");
			return switch (rows) {
				case FULL -> matched.returning(from, part.getRequiredSymbolicName())
					.limit(Cypher.parameter("cap"))
					.build()
					.getCypher();
				case LIGHT -> matched
					.returning(from,
							Cypher.listWith(n.getRequiredSymbolicName()).in(Cypher.nodes(part))
								.returning(Cypher.mapOf("e", Cypher.elementId(n), "id", n.property("id"), "name",
										n.property("name"), "labels", Cypher.labels(n)))
								.as("nodes"),
							Cypher.listWith(each.getRequiredSymbolicName()).in(Cypher.relationships(part))
								.returning(Cypher.mapOf("e", Cypher.elementId(each), "type", Cypher.type(each), "source",
										each.property("source"), "locator", each.property("locator")))
								.as("relationships"))
					.build()
					.getCypher();
				case COUNT -> matched
					.returning(from,
							Cypher.listWith(n.getRequiredSymbolicName()).in(Cypher.nodes(part))
								.returning(Cypher.elementId(n))
								.as("nodes"),
							Cypher.listWith(each.getRequiredSymbolicName()).in(Cypher.relationships(part))
								.returning(Cypher.elementId(each))
								.as("relationships"))
					.build()
					.getCypher();
			};
		});
	}

	/**
	 * The outermost container of each unit {@code e} (element ids in {@code $units}): the
	 * instrument its parts are grouped under in a visualisation ({@code within}).
	 */
	static String within(LineageTypes types) {
		return rendered.computeIfAbsent(new Shape("within", types, false, Rows.LIGHT, false), (key) -> {
			SymbolicName e = Cypher.name("e");
			Node u = Cypher.anyNode("u");
			Node c = Cypher.anyNode("c");
			return Cypher.unwind(Cypher.parameter("units"))
				.as(e)
				.match(u)
				.where(Cypher.elementId(u).isEqualTo(e))
				.match(u.relationshipTo(c, types.containmentArray()).length(1, CONTAINMENT_LEVELS))
				.where(Cypher.count(c.relationshipTo(Cypher.anyNode(), types.containmentArray())).isEqualTo(Cypher.literalOf(0)))
				.returning(e, Cypher.head(Cypher.collect(c.property("id"))).as("within"))
				.build()
				.getCypher();
		});
	}

	/** How many followed relationships lead on from the node in the walk's direction. */
	private static Expression onward(Node node, LineageTypes types, boolean upstream) {
		Node next = Cypher.anyNode();
		String[] followed = types.followedArray();
		return Cypher.count(upstream ? node.relationshipTo(next, followed) : node.relationshipFrom(next, followed));
	}

	/** {@code n:Provision OR n:Article …}: the node has one of the unit labels. */
	private static Condition isUnit(Node node, LineageTypes types) {
		Condition any = Cypher.noCondition();
		for (String label : new TreeSet<>(types.units())) {
			any = any.or(node.hasLabels(label));
		}
		return types.units().isEmpty() ? Cypher.isFalse() : any;
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
		Condition scored = r.property("inferred").isTrue().and(r.property("score").gte(Cypher.parameter(MIN_SCORE)));
		return switch (mode) {
			case EXCLUDE -> Cypher.noCondition();
			case INCLUDE -> asserted.or(scored);
			case ONLY -> scored;
		};
	}

	/** Every node and relationship of the path holds as of the date. */
	private static Condition allHold(NamedPath path) {
		SymbolicName x = Cypher.name("x");
		SymbolicName y = Cypher.name("y");
		return Cypher.all(x)
			.in(Cypher.nodes(path))
			.where(AsOf.holds(x))
			.and(Cypher.all(y).in(Cypher.relationships(path)).where(AsOf.holds(y)));
	}

	/** What a rendered {@link #fetch} depends on. */
	private record FetchShape(LineageTypes types, boolean upstream, int depth) {
	}

	/** What a rendered statement depends on. */
	private record Shape(String statement, LineageTypes types, boolean upstream, Rows rows, boolean asOf) {
	}

}
