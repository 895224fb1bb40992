package io.normgraph.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.StatementBuilder;

import io.normgraph.schema.Schema;
import io.normgraph.timeline.TimelineSources.Event;
import io.normgraph.timeline.TimelineSources.Source;

/**
 * The timeline in one statement, built with Cypher-DSL from {@link TimelineSources} and rendered
 * once per schema: a UNION ALL of one branch per label, each returning rows {@code x} (the node),
 * {@code m} (a decision's meeting), {@code f} (the meeting's forum) and {@code up} (the ids of the
 * bodies that forum is part of). A node with several forums or meetings gives several rows; the
 * service keeps the first by id, as the statement it replaced did.
 */
final class TimelineQueries {

	/** How many containment levels a forum's bodies may sit below it. */
	static final int FORUM_LEVELS = 3;

	private static final Map<TimelineSources, String> rendered = new ConcurrentHashMap<>();

	private TimelineQueries() {
	}

	static String statement(TimelineSources sources) {
		return rendered.computeIfAbsent(sources, TimelineQueries::render);
	}

	private static String render(TimelineSources sources) {
		List<Statement> branches = new ArrayList<>();
		for (Source source : sources.labels()) {
			branches.add(branch(source, sources));
		}
		if (branches.isEmpty()) {
			return "RETURN null AS x, null AS m, null AS f, null AS up LIMIT 0";
		}
		return ((branches.size() == 1) ? branches.get(0) : Cypher.unionAll(branches)).getCypher();
	}

	private static Statement branch(Source source, TimelineSources sources) {
		Node x = Cypher.node(source.label()).named("x");
		Node m = Cypher.node(Schema.ENTITY).named("m");
		Node f = Cypher.node(Schema.ENTITY).named("f");
		Node g = Cypher.node(Schema.ENTITY).named("g");
		StatementBuilder.OngoingReadingWithoutWhere match = Cypher.match(x);
		StatementBuilder.OngoingReading reading = source.always() ? match : match.where(anyEvent(x, source));
		Expression meeting = Cypher.literalNull();
		Node held = x;
		if (source.decision() && !sources.takenAt().isEmpty()) {
			reading = reading.optionalMatch(x.relationshipTo(m, sources.sorted(sources.takenAt())));
			meeting = m.getRequiredSymbolicName();
			held = m;
		}
		Expression forum = Cypher.literalNull();
		Expression up = Cypher.literalNull();
		if ((source.meeting() || source.decision()) && !sources.heldBy().isEmpty()
				&& (source.meeting() || !sources.takenAt().isEmpty())) {
			reading = reading.optionalMatch(held.relationshipTo(f, sources.sorted(sources.heldBy())));
			forum = f.getRequiredSymbolicName();
			if (!sources.containment().isEmpty()) {
				up = Cypher.listBasedOn(f.relationshipTo(g, sources.sorted(sources.containment())).length(1, FORUM_LEVELS))
					.returning(g.property("id"));
			}
		}
		return reading.returning(x.getRequiredSymbolicName(), meeting.as("m"), forum.as("f"), up.as("up")).build();
	}

	/** {@code x.adoptedOn IS NOT NULL OR x.signed IS NOT NULL …}: the node has one of its label's event dates. */
	private static Condition anyEvent(Node x, Source source) {
		Condition any = Cypher.noCondition();
		for (Event event : source.events()) {
			any = any.or(x.property(event.property()).isNotNull());
		}
		return any;
	}

}
