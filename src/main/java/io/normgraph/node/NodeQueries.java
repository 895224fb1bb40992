package io.normgraph.node;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Statement;

import io.normgraph.time.AsOf;

/**
 * The statements of this feature. The list statement is built with Cypher-DSL because its
 * label is chosen at run time (one of the schema's); everything else is a parameter.
 */
final class NodeQueries {

	static final String BY_ID = "MATCH (n:Entity {id: $id}) RETURN n, " + AsOf.holds("n") + " AS holds";

	static final String NEIGHBOURHOOD = """
			MATCH (n:Entity {id: $id})
			OPTIONAL MATCH (n)-[r]-(m:Entity) WHERE %s AND %s
			RETURN n, %s AS holds, collect({r: r, start: startNode(r).id, end: endNode(r).id, m: m}) AS links"""
		.formatted(AsOf.holds("r"), AsOf.holds("m"), AsOf.holds("n"));

	static final String SOURCES = "MATCH (s:Source) WHERE s.id IN $ids RETURN s";

	private NodeQueries() {
	}

	/**
	 * {@code MATCH (n:Label) WHERE $name IS NULL OR toLower(n.name) CONTAINS toLower($name)},
	 * ordered by id, returning the total and one page in one round trip.
	 */
	static Statement list(String label) {
		Node n = Cypher.node(label).named("n");
		var name = Cypher.parameter("name");
		var found = Cypher.name("found");
		var skip = Cypher.parameter("skip");
		var end = Cypher.parameter("end");
		return Cypher.match(n)
			.where(name.isNull().or(Cypher.toLower(n.property("name")).contains(Cypher.toLower(name))))
			.with(n)
			.orderBy(n.property("id").ascending())
			.with(Cypher.collect(n).as(found))
			.returning(Cypher.size(found).as("total"), Cypher.subList(found, skip, end).as("items"))
			.build();
	}

}
