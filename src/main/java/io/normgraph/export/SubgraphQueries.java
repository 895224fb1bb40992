package io.normgraph.export;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.RelationshipPattern;
import org.neo4j.cypherdsl.core.SymbolicName;

import io.normgraph.graph.GraphNode;

/**
 * The statements an export runs, each written so that the database streams its rows rather than
 * collecting them: nodes and relationships come in id order from the {@code Entity(id)} index, so
 * no statement sorts the whole graph. Built with Cypher-DSL from an already validated
 * {@link SubgraphSpec}; the root and the node ids travel as parameters. Only {@code Entity}
 * nodes and relationships between them are read (never {@code Corpus} nodes or their
 * {@code ASSERTS}).
 */
final class SubgraphQueries {

	static final String ROOT_EXISTS = "RETURN EXISTS { MATCH (:Entity {id: $root}) } AS found";

	/** Every node in id order, from the index ({@code NodeIndexScan}, no sort). */
	static final String ALL_NODES = "MATCH (n:Entity) WHERE n.id IS NOT NULL RETURN n ORDER BY n.id";

	private SubgraphQueries() {
	}

	/** Every node within the spec's depth of {@code $root}, once each, in id order. */
	static String nodesAround(SubgraphSpec spec) {
		Node root = Cypher.node(GraphNode.ENTITY).named("root").withProperties("id", Cypher.parameter("root"));
		Node n = Cypher.node(GraphNode.ENTITY).named("n");
		RelationshipPattern path = root.relationshipBetween(n, types(spec)).length(0, spec.depth());
		return Cypher.match(path).returningDistinct(n).orderBy(n.property("id")).build().getCypher();
	}

	/**
	 * Every relationship of the spec's types between two nodes, as {@code start, r, end}, grouped
	 * by start node in id order. The index hint keeps the planner on the index (in id order)
	 * where it would otherwise scan the relationship types and sort them all.
	 */
	static String allRelationships(SubgraphSpec spec) {
		Node a = Cypher.node(GraphNode.ENTITY).named("a");
		Node b = Cypher.node(GraphNode.ENTITY).named("b");
		Relationship r = (spec.allTypes() ? a.relationshipTo(b) : a.relationshipTo(b, types(spec))).named("r");
		SymbolicName start = Cypher.name("start");
		return Cypher.match(r)
			.usingIndex(a.property("id"))
			.where(a.property("id").isNotNull())
			.returning(a.property("id").as(start), r.getRequiredSymbolicName(), b.property("id").as("end"))
			.orderBy(start)
			.build()
			.getCypher();
	}

	/** The relationships of the spec's types from the nodes {@code $ids}, as {@code start, r, end}. */
	static String relationshipsFrom(SubgraphSpec spec) {
		SymbolicName id = Cypher.name("id");
		Node a = Cypher.node(GraphNode.ENTITY).named("a").withProperties("id", id);
		Node b = Cypher.node(GraphNode.ENTITY).named("b");
		Relationship r = a.relationshipTo(b, types(spec)).named("r");
		return Cypher.unwind(Cypher.parameter("ids"))
			.as(id)
			.match(r)
			.returning(Cypher.name("id").as("start"), r.getRequiredSymbolicName(), b.property("id").as("end"))
			.build()
			.getCypher();
	}

	private static String[] types(SubgraphSpec spec) {
		return spec.sortedTypes().toArray(String[]::new);
	}

}
