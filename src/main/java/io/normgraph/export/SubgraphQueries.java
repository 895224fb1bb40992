package io.normgraph.export;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.NamedPath;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.SymbolicName;

import io.normgraph.graph.GraphNode;
import io.normgraph.time.AsOf;

/**
 * The statements an export runs, each written so that the database streams its rows rather than
 * collecting them: nodes and relationships come in id order from the {@code Entity(id)} index, so
 * no statement sorts the whole graph. Built with Cypher-DSL from an already validated
 * {@link SubgraphSpec}; the root, the node ids and the as-of date travel as parameters. Only
 * {@code Entity} nodes and relationships between them are read (never {@code Corpus} nodes or
 * their {@code ASSERTS}). With {@code asOf}, only what holds on {@code $asOf} ({@link AsOf#holds}),
 * a subgraph reached only through what holds then.
 */
final class SubgraphQueries {

	private SubgraphQueries() {
	}

	/** Every node in id order, from the index ({@code NodeIndexScan}, no sort). */
	static String allNodes(boolean asOf) {
		Node n = Cypher.node(GraphNode.ENTITY).named("n");
		Condition where = n.property("id").isNotNull();
		if (asOf) {
			where = where.and(AsOf.holds(n.getRequiredSymbolicName()));
		}
		return Cypher.match(n).where(where).returning(n).orderBy(n.property("id")).build().getCypher();
	}

	/** Every node within the spec's depth of {@code $root}, once each, in id order (none if the root is not there). */
	static String nodesAround(SubgraphSpec spec, boolean asOf) {
		Node root = Cypher.node(GraphNode.ENTITY).named("root").withProperties("id", Cypher.parameter("root"));
		Node n = Cypher.node(GraphNode.ENTITY).named("n");
		NamedPath path = Cypher.path("p").definedBy(root.relationshipBetween(n, types(spec)).length(0, spec.depth()));
		var match = Cypher.match(path);
		SymbolicName x = Cypher.name("x");
		SymbolicName y = Cypher.name("y");
		var reading = asOf ? match.where(Cypher.all(x)
			.in(Cypher.nodes(path))
			.where(AsOf.holds(x))
			.and(Cypher.all(y).in(Cypher.relationships(path)).where(AsOf.holds(y)))) : match;
		return reading.returningDistinct(n).orderBy(n.property("id")).build().getCypher();
	}

	/**
	 * Every relationship of the spec's types between two nodes, as {@code start, r, end}, grouped
	 * by start node in id order. The index hint keeps the planner on the index (in id order)
	 * where it would otherwise scan the relationship types and sort them all.
	 */
	static String allRelationships(SubgraphSpec spec, boolean asOf) {
		Node a = Cypher.node(GraphNode.ENTITY).named("a");
		Node b = Cypher.node(GraphNode.ENTITY).named("b");
		Relationship r = (spec.allTypes() ? a.relationshipTo(b) : a.relationshipTo(b, types(spec))).named("r");
		SymbolicName start = Cypher.name("start");
		Condition where = a.property("id").isNotNull();
		if (asOf) {
			where = where.and(AsOf.holds(r.getRequiredSymbolicName()))
				.and(AsOf.holds(a.getRequiredSymbolicName()))
				.and(AsOf.holds(b.getRequiredSymbolicName()));
		}
		return Cypher.match(r)
			.usingIndex(a.property("id"))
			.where(where)
			.returning(a.property("id").as(start), r.getRequiredSymbolicName(), b.property("id").as("end"))
			.orderBy(start)
			.build()
			.getCypher();
	}

	/**
	 * The relationships of the spec's types from the nodes {@code $ids}, as {@code start, r, end}
	 * (the ids are already those that hold as of the date).
	 */
	static String relationshipsFrom(SubgraphSpec spec, boolean asOf) {
		SymbolicName id = Cypher.name("id");
		Node a = Cypher.node(GraphNode.ENTITY).named("a").withProperties("id", id);
		Node b = Cypher.node(GraphNode.ENTITY).named("b");
		Relationship r = a.relationshipTo(b, types(spec)).named("r");
		var match = Cypher.unwind(Cypher.parameter("ids")).as(id).match(r);
		var reading = asOf ? match.where(AsOf.holds(r.getRequiredSymbolicName())) : match;
		return reading.returning(Cypher.name("id").as("start"), r.getRequiredSymbolicName(), b.property("id").as("end"))
			.build()
			.getCypher();
	}

	private static String[] types(SubgraphSpec spec) {
		return spec.sortedTypes().toArray(String[]::new);
	}

}
