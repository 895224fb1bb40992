package io.normgraph.stance;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.neo4j.cypherdsl.core.Case;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.StatementBuilder;

import io.normgraph.schema.Schema;
import io.normgraph.time.AsOf;

/**
 * The stance statements, built with Cypher-DSL from the schema's stance types ({@link StanceTypes})
 * and rendered once per shape. Each returns rows {@code a} (actor), {@code r} (the stance),
 * {@code t} (its target) and {@code m} (the meeting its meeting property names), plus the
 * anchor the scope starts from, so a stance costs one statement whatever the number of rows.
 */
final class StanceQueries {

	/** Where the stances are looked for. */
	enum Scope {

		/** On the node {@code $id} (a row with null stance columns when it has none). */
		ON_NODE,

		/** Taken by the actor {@code $id} (a node with a label whose role is actor). */
		OF_ACTOR,

		/** On any of the nodes {@code $ids} (no row for a node without stances). */
		ON_NODES,

		/** Taken at the meeting {@code $id}. */
		AT_MEETING,

		/** Taken at any meeting, or at {@code $meeting} if it is not null (coalitions). */
		AT_MEETINGS

	}

	private static final Map<Shape, String> rendered = new ConcurrentHashMap<>();

	private StanceQueries() {
	}

	static String statement(Scope scope, StanceTypes types, boolean asOf) {
		return rendered.computeIfAbsent(new Shape(scope, types, asOf), StanceQueries::render);
	}

	private static String render(Shape shape) {
		Node anchor = Cypher.node(Schema.ENTITY).withProperties("id", Cypher.parameter("id"));
		Node a = Cypher.node(Schema.ENTITY).named("a");
		Node t = Cypher.node(Schema.ENTITY).named("t");
		if (shape.scope() == Scope.ON_NODE) {
			t = anchor.named("t");
		}
		else if (shape.scope() == Scope.OF_ACTOR) {
			a = anchor.named("a");
		}
		Relationship r = a.relationshipTo(t, shape.types().array()).named("r");
		Expression meetingId = meetingId(r, shape.types());
		Condition holds = shape.asOf() ? AsOf.holds(r.getRequiredSymbolicName()) : Cypher.noCondition();
		Expression anchorColumn = Cypher.literalNull();
		StatementBuilder.OngoingReading reading;
		switch (shape.scope()) {
			case ON_NODE -> {
				reading = Cypher.match(t).optionalMatch(r).where(holds);
				anchorColumn = t.getRequiredSymbolicName();
			}
			case OF_ACTOR -> {
				reading = Cypher.match(a).where(isActor(a, shape.types())).optionalMatch(r).where(holds);
				anchorColumn = a.getRequiredSymbolicName();
			}
			case ON_NODES -> reading = Cypher.match(r).where(t.property("id").in(Cypher.parameter("ids")).and(holds));
			case AT_MEETING -> {
				Node meeting = anchor.named("anchor");
				reading = Cypher.match(meeting)
					.optionalMatch(r)
					.where(meetingId.isEqualTo(Cypher.parameter("id")).and(holds));
				anchorColumn = meeting.getRequiredSymbolicName();
			}
			default -> reading = Cypher.match(r)
				.where(meetingId.isNotNull()
					.and(Cypher.parameter("meeting").isNull().or(meetingId.isEqualTo(Cypher.parameter("meeting"))))
					.and(holds));
		}
		Node m = Cypher.node(Schema.ENTITY).named("m").withProperties("id", meetingId);
		return reading.optionalMatch(m)
			.returning(anchorColumn.as("anchor"), a.getRequiredSymbolicName(), r.getRequiredSymbolicName(),
					t.getRequiredSymbolicName(), m.getRequiredSymbolicName())
			.build()
			.getCypher();
	}

	/** {@code a:Actor OR …}: the anchor has a label whose role is actor (any label if the schema has none). */
	private static Condition isActor(Node a, StanceTypes types) {
		Condition any = Cypher.noCondition();
		for (String label : types.actors()) {
			any = any.or(a.hasLabels(label));
		}
		return types.actors().isEmpty() ? Cypher.isTrue() : any;
	}

	/** {@code CASE type(r) WHEN 'SUPPORTS' THEN r.meeting … END}, or null when no stance type names a meeting. */
	private static Expression meetingId(Relationship r, StanceTypes types) {
		Case.CaseEnding expression = null;
		for (String type : types.types()) {
			String property = types.meeting().get(type);
			if (property == null) {
				continue;
			}
			expression = ((expression == null) ? Cypher.caseExpression(Cypher.type(r)) : expression)
				.when(Cypher.literalOf(type))
				.then(r.property(property));
		}
		return (expression != null) ? expression : Cypher.literalNull();
	}

	/** What a rendered statement depends on. */
	private record Shape(Scope scope, StanceTypes types, boolean asOf) {
	}

}
