package io.normgraph.version;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.StatementBuilder;

import io.normgraph.schema.Schema;
import io.normgraph.time.AsOf;

/**
 * The versions statement, built with Cypher-DSL from the schema's version and succession types
 * and rendered once per shape:
 * <pre>
 * MATCH (n:Entity {id: $id}) OPTIONAL MATCH (n)-[:VERSION_OF]->(of:Entity)
 * WITH n, coalesce(of, n) AS t
 * OPTIONAL MATCH (v:Entity)-[:VERSION_OF]->(t) [WHERE v holds as of $asOf]
 * OPTIONAL MATCH (v)-[:SUPERSEDES]->(p:Entity)-[:VERSION_OF]->(t)
 * RETURN t, v, collect(p.id) AS supersedes
 * </pre>
 * Asked about a version, it answers for the version's text.
 */
final class VersionQueries {

	private static final Map<Shape, String> rendered = new ConcurrentHashMap<>();

	private VersionQueries() {
	}

	static String versions(Set<String> versionOf, Set<String> succession, boolean asOf) {
		return rendered.computeIfAbsent(new Shape(Set.copyOf(versionOf), Set.copyOf(succession), asOf),
				VersionQueries::render);
	}

	private static String render(Shape shape) {
		String[] of = new TreeSet<>(shape.versionOf()).toArray(String[]::new);
		Node n = Cypher.node(Schema.ENTITY).named("n").withProperties("id", Cypher.parameter("id"));
		if (of.length == 0) {
			return Cypher.match(n)
				.returning(n.as("t"), Cypher.literalNull().as("v"), Cypher.listOf().as("supersedes"))
				.build()
				.getCypher();
		}
		Node text = Cypher.node(Schema.ENTITY).named("of");
		Node t = Cypher.anyNode("t");
		Node v = Cypher.node(Schema.ENTITY).named("v");
		Node p = Cypher.node(Schema.ENTITY).named("p");
		StatementBuilder.OngoingReadingWithoutWhere versions = Cypher.match(n)
			.optionalMatch(n.relationshipTo(text, of))
			.with(n.getRequiredSymbolicName(), Cypher.coalesce(text.getRequiredSymbolicName(), n.getRequiredSymbolicName()).as("t"))
			.optionalMatch(v.relationshipTo(t, of));
		StatementBuilder.OngoingReading reading = shape.asOf() ? versions.where(AsOf.holds(v.getRequiredSymbolicName()))
				: versions;
		if (!shape.succession().isEmpty()) {
			reading = reading.optionalMatch(
					v.relationshipTo(p, new TreeSet<>(shape.succession()).toArray(String[]::new)).relationshipTo(t, of));
			return reading.returning(t.getRequiredSymbolicName(), v.getRequiredSymbolicName(),
					Cypher.collect(p.property("id")).as("supersedes")).build().getCypher();
		}
		return reading.returning(t.getRequiredSymbolicName(), v.getRequiredSymbolicName(), Cypher.listOf().as("supersedes"))
			.build()
			.getCypher();
	}

	private record Shape(Set<String> versionOf, Set<String> succession, boolean asOf) {
	}

}
