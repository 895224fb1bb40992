package io.normgraph.stance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Relationship;

import io.normgraph.graph.NodeRef;
import io.normgraph.schema.Schema;

/**
 * Gathers stance rows into coalitions: the actors of each (meeting, stance type, target), kept
 * where two or more stood together, in the order of the meetings' start (undated last), then
 * meeting id, target id and stance type, supports first.
 */
final class CoalitionGroups {

	private final StanceTypes types;

	private final Map<List<String>, Group> groups = new LinkedHashMap<>();

	CoalitionGroups(StanceTypes types) {
		this.types = types;
	}

	/** A row of the AT_MEETINGS statement: {@code a}, {@code r}, {@code t}, {@code m}. */
	void add(Record row) {
		Relationship r = row.get("r").asRelationship();
		String meetingId = Objects.requireNonNull(this.types.meetingOf(r.type(), r.asMap()));
		NodeRef target = StanceService.ref(row.get("t").asNode());
		Group group = this.groups.computeIfAbsent(List.of(meetingId, r.type(), target.id()),
				(key) -> new Group(StanceService.meetingRef(row.get("m"), meetingId), started(row.get("m")), r.type(),
						target, new TreeMap<>()));
		NodeRef actor = StanceService.ref(row.get("a").asNode());
		group.actors().put(actor.id(), actor);
	}

	List<Coalition> coalitions() {
		return this.groups.values()
			.stream()
			.filter((group) -> group.actors().size() > 1)
			.sorted(Comparator.comparing(Group::started, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
				.thenComparing((group) -> group.meeting().id())
				.thenComparing((group) -> group.target().id())
				.thenComparing(Group::stance, Comparator.reverseOrder()))
			.map((group) -> new Coalition(group.meeting(), group.stance(), this.types.polarity().get(group.stance()),
					group.target(), List.copyOf(group.actors().values())))
			.toList();
	}

	private static @Nullable LocalDate started(Value meeting) {
		if (meeting.isNull() || meeting.asNode().get(Schema.VALID_FROM).isNull()) {
			return null;
		}
		return meeting.asNode().get(Schema.VALID_FROM).asLocalDate();
	}

	/** A coalition being gathered: actors by id, so each comes once and in order. */
	private record Group(NodeRef meeting, @Nullable LocalDate started, String stance, NodeRef target,
			TreeMap<String, NodeRef> actors) {
	}

}
