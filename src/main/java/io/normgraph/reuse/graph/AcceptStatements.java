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

	/** The provision-level inferred reuse from {@code $from} to {@code $to}: its properties and the ends' labels. */
	static String find(ReuseSchema schema) {
		return rendered.computeIfAbsent(List.of("find", schema), (key) -> {
			Node a = ends("a", "from");
			Node b = ends("b", "to");
			Relationship r = a.relationshipTo(b, schema.reuse()).named("r");
			return Cypher.match(r)
				.where(r.property(ReuseRecords.INFERRED).isTrue()
					.and(r.property(ReuseRecords.LEVEL).isEqualTo(Cypher.literalOf(ReuseRecords.PROVISION))))
				.returning(Cypher.properties(r).as("properties"), label(a).as("fromLabel"), label(b).as("toLabel"))
				.limit(1).build().getCypher();
		});
	}

	/** A derivation of this type from {@code $from} to {@code $to} accepted from detected reuse before. */
	static String accepted(String type) {
		return rendered.computeIfAbsent(List.of("accepted", type), (key) -> {
			Node a = ends("a", "from");
			Node b = ends("b", "to");
			Relationship r = a.relationshipTo(b, type).named("r");
			return Cypher.match(r).where(r.property("acceptedReuse").isTrue())
				.returning(Cypher.properties(r).as("properties")).limit(1).build().getCypher();
		});
	}

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

	private static org.neo4j.cypherdsl.core.Expression label(Node node) {
		return Cypher.head(Cypher.listWith(Cypher.name("l")).in(Cypher.labels(node))
			.where(Cypher.name("l").isNotEqualTo(Cypher.literalOf(Schema.ENTITY))).returning());
	}

}
