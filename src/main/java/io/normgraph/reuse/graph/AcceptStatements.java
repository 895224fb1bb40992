package io.normgraph.reuse.graph;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;

import io.normgraph.schema.Schema;

/**
 * The statements that accept a detected reuse as a derivation, built with Cypher-DSL (the types
 * come from the schema after they were checked against it; every value is a parameter).
 */
final class AcceptStatements {

	private static final Map<Object, String> rendered = new ConcurrentHashMap<>();

	private AcceptStatements() {
	}

	/**
	 * The provision-level inferred reuse of type {@code $type} from {@code $from} to {@code $to}:
	 * its properties and the ends' labels. The type is a parameter and the properties are read by
	 * key, so a graph without detected reuse answers nothing without Neo4j warning of an unknown
	 * type or property.
	 */
	static final String FIND = """
			MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to})
			WHERE type(r) = $type AND properties(r).inferred = true AND properties(r).level = 'provision'
			RETURN properties(r) AS properties, [l IN labels(a) WHERE l <> 'Entity'][0] AS fromLabel,
			       [l IN labels(b) WHERE l <> 'Entity'][0] AS toLabel
			LIMIT 1""";

	/** A derivation of type {@code $type} from {@code $from} to {@code $to} accepted from detected reuse before. */
	static final String ACCEPTED = """
			MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to})
			WHERE type(r) = $type AND properties(r).acceptedReuse = true
			RETURN properties(r) AS properties
			LIMIT 1""";

	/** {@code MATCH (a:Entity {id: $from}) MATCH (b:Entity {id: $to}) CREATE (a)-[r:TYPE]->(b) SET r = $properties} */
	static String create(String type) {
		return rendered.computeIfAbsent(List.of("create", type), (key) -> {
			Node a = ends("a", "from");
			Node b = ends("b", "to");
			Relationship r = a.relationshipTo(b, type).named("r");
			return Cypher.match(a).match(b).create(r).set(r, Cypher.parameter("properties")).build().getCypher();
		});
	}

	private static Node ends(String name, String parameter) {
		return Cypher.node(Schema.ENTITY).named(name).withProperties("id", Cypher.parameter(parameter));
	}

}
