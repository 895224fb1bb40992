package io.normgraph.comparison;

import java.util.Set;
import java.util.TreeSet;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.Statement;

import io.normgraph.schema.Schema;

/**
 * The comparison's statements. The units, containment and derivation types come from the
 * schema's roles, so any corpus's instruments compare as the bundled corpus's do.
 */
final class ComparisonQueries {

	/** How many containment levels separate a unit from its instrument, at most. */
	static final int CONTAINMENT_LEVELS = 4;

	static final String FOUND = "MATCH (n:Entity) WHERE n.id IN [$instrument, $against] RETURN n.id AS id";

	private ComparisonQueries() {
	}

	/**
	 * {@code MATCH (s)-[:PART_OF*1..4]->(:Entity {id: $instrument}) WHERE s:Unit…
	 * MATCH (s)-[d:DERIVES_FROM…]->(t)-[:PART_OF*1..4]->(:Entity {id: $against}) WHERE t:Unit…
	 * RETURN DISTINCT s, d, t}
	 */
	static Statement derivations(Set<String> units, Set<String> containment, Set<String> derivation) {
		String[] contained = sorted(containment);
		Node s = Cypher.anyNode("s");
		Node t = Cypher.anyNode("t");
		Node instrument = Cypher.node(Schema.ENTITY).withProperties("id", Cypher.parameter("instrument"));
		Node against = Cypher.node(Schema.ENTITY).withProperties("id", Cypher.parameter("against"));
		Relationship d = s.relationshipTo(t, sorted(derivation)).named("d");
		return Cypher.match(s.relationshipTo(instrument, contained).length(1, CONTAINMENT_LEVELS))
			.where(unit(s, units))
			.match(d, t.relationshipTo(against, contained).length(1, CONTAINMENT_LEVELS))
			.where(unit(t, units))
			.returningDistinct(s, d, t)
			.build();
	}

	private static Condition unit(Node node, Set<String> units) {
		Condition any = Cypher.noCondition();
		for (String label : new TreeSet<>(units)) {
			any = any.or(node.hasLabels(label));
		}
		return units.isEmpty() ? Cypher.isFalse() : any;
	}

	private static String[] sorted(Set<String> names) {
		return new TreeSet<>(names).toArray(String[]::new);
	}

}
