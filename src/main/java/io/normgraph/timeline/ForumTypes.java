package io.normgraph.timeline;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;

import io.normgraph.graph.NodeRef;
import io.normgraph.schema.PropertySpec;
import io.normgraph.schema.Schema;
import io.normgraph.schema.Time;
import io.normgraph.schema.TypeRole;
import io.normgraph.schema.ValueType;
import io.normgraph.time.AsOf;

/**
 * The types by which an instrument or agenda is taken to a forum (role forum: negotiated in,
 * adopted by, pursued in…), each with the date that starts it, and the one statement that reads
 * a node's forums: {@code MATCH (n {id}) OPTIONAL MATCH (n)-[r:…]->(f) WHERE <as of> RETURN n, r, f}.
 *
 * @param date each type's first {@code time: start} date property
 */
record ForumTypes(Set<String> types, Map<String, String> date) {

	static final Comparator<ForumVisit> ORDER = Comparator
		.comparing(ForumVisit::date, Comparator.nullsLast(Comparator.<String>naturalOrder()))
		.thenComparing((visit) -> visit.forum().id())
		.thenComparing(ForumVisit::relationship);

	private static final Map<ForumTypes, String> rendered = new ConcurrentHashMap<>();

	ForumTypes {
		types = Set.copyOf(new TreeSet<>(types));
		date = Map.copyOf(date);
	}

	static ForumTypes of(Schema schema) {
		Set<String> types = schema.typesWith(TypeRole.FORUM);
		Map<String, String> date = new LinkedHashMap<>();
		for (String type : types) {
			for (PropertySpec property : schema.relationshipProperties(type).values()) {
				if (property.type() == ValueType.DATE && property.time() == Time.START) {
					date.putIfAbsent(type, property.name());
				}
			}
		}
		return new ForumTypes(types, date);
	}

	static String statement(ForumTypes types) {
		return rendered.computeIfAbsent(types, (key) -> {
			Node n = Cypher.node(Schema.ENTITY).named("n").withProperties("id", Cypher.parameter("id"));
			if (types.types().isEmpty()) {
				return Cypher.match(n)
					.returning(n.getRequiredSymbolicName(), Cypher.literalNull().as("r"), Cypher.literalNull().as("f"))
					.build()
					.getCypher();
			}
			Node f = Cypher.node(Schema.ENTITY).named("f");
			Relationship r = n.relationshipTo(f, new TreeSet<>(types.types()).toArray(String[]::new)).named("r");
			return Cypher.match(n)
				.optionalMatch(r)
				.where(AsOf.holds(r.getRequiredSymbolicName()).or(Cypher.parameter(AsOf.PARAMETER).isNull()))
				.returning(n, r, f)
				.build()
				.getCypher();
		});
	}

	ForumVisit visit(org.neo4j.driver.types.Relationship r, NodeRef forum) {
		Map<String, Object> properties = r.asMap();
		String property = this.date.get(r.type());
		return new ForumVisit(forum, r.type(), (property != null) ? text(properties.get(property)) : null,
				text(properties.get("action")), text(properties.get("source")), text(properties.get("locator")),
				!properties.containsKey(Schema.VALID_FROM));
	}

	private static @Nullable String text(@Nullable Object value) {
		return (value != null) ? value.toString() : null;
	}

}
