package io.normgraph.stance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

import io.normgraph.graph.NodeRef;
import io.normgraph.schema.Schema;
import io.normgraph.schema.SchemaRegistry;
import io.normgraph.stance.StanceQueries.Scope;
import io.normgraph.system.BadParameterException;
import io.normgraph.system.NotFoundException;
import io.normgraph.system.Parameters;
import io.normgraph.time.AsOf;

import static io.normgraph.graph.GraphValues.text;

/**
 * Stances and coalitions over the schema's stance types (whatever a corpus calls them), each
 * answered in one statement with its actors, targets and meetings; as of a date, only the
 * stances taken by then (undated ones kept and marked).
 */
@Service
public class StanceService {

	/** How many nodes one batch may ask about. */
	public static final int MAX_IDS = 200;

	/** In date order (undated last), then meeting, supports before oppositions, then actor. */
	static final Comparator<Stance> ORDER = Comparator
		.comparing(Stance::date, Comparator.nullsLast(Comparator.<String>naturalOrder()))
		.thenComparing((stance) -> (stance.meeting() != null) ? stance.meeting().id() : null,
				Comparator.nullsLast(Comparator.<String>naturalOrder()))
		.thenComparing(Stance::polarity)
		.thenComparing(Stance::stance, Comparator.reverseOrder())
		.thenComparing((stance) -> stance.actor().id())
		.thenComparing((stance) -> stance.target().id())
		.thenComparing(Stance::locator, Comparator.nullsFirst(Comparator.<String>naturalOrder()));

	private final Neo4jClient client;

	private final SchemaRegistry schemas;

	StanceService(Neo4jClient client, SchemaRegistry schemas) {
		this.client = client;
		this.schemas = schemas;
	}

	/** Who supported or opposed the node, at which meeting, doing what. */
	public List<Stance> onNode(String id) {
		return onNode(id, null);
	}

	public List<Stance> onNode(String id, @Nullable String asOf) {
		return anchored(Scope.ON_NODE, Parameters.id(id, "id"), asOf);
	}

	/** Every stance the actor took. */
	public List<Stance> ofActor(String id) {
		return ofActor(id, null);
	}

	public List<Stance> ofActor(String id, @Nullable String asOf) {
		return anchored(Scope.OF_ACTOR, Parameters.id(id, "id"), asOf);
	}

	/** Every stance taken at the meeting. */
	public List<Stance> atMeeting(String id, @Nullable String asOf) {
		return anchored(Scope.AT_MEETING, Parameters.id(id, "id"), asOf);
	}

	/** Every stance on any of these nodes (at most {@link #MAX_IDS}), for drawing a whole graph at once. */
	public List<Stance> onNodes(List<String> ids, @Nullable String asOf) {
		if (ids.size() > MAX_IDS) {
			throw new BadParameterException("ids", "ids may name at most " + MAX_IDS + " nodes");
		}
		AsOf day = AsOf.parse(asOf);
		if (ids.isEmpty()) {
			return List.of();
		}
		ids.forEach((id) -> Parameters.id(id, "ids"));
		List<Record> rows = run(Scope.ON_NODES, Map.of("ids", ids), day);
		return stances(rows, day);
	}

	/** Groups of two or more actors with the same stance on the same node, per meeting. */
	public List<Coalition> coalitions(@Nullable String meeting) {
		return coalitions(meeting, null);
	}

	public List<Coalition> coalitions(@Nullable String meeting, @Nullable String asOf) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("meeting", Parameters.optionalId(meeting, "meeting"));
		AsOf day = AsOf.parse(asOf);
		StanceTypes types = types();
		CoalitionGroups groups = new CoalitionGroups(types);
		run(Scope.AT_MEETINGS, parameters, day).forEach(groups::add);
		return groups.coalitions();
	}

	private List<Stance> anchored(Scope scope, String id, @Nullable String asOf) {
		AsOf day = AsOf.parse(asOf);
		List<Record> rows = run(scope, Map.of("id", id), day);
		if (rows.isEmpty()) {
			throw new NotFoundException("id", id);
		}
		return stances(rows, day);
	}

	private List<Record> run(Scope scope, Map<String, Object> parameters, @Nullable AsOf asOf) {
		StanceTypes types = types();
		if (!types.any()) {
			// No stance types in the schema: nothing to find, but an unknown anchor is still unknown.
			boolean anchored = scope != Scope.ON_NODES && scope != Scope.AT_MEETINGS;
			return anchored ? List.copyOf(this.client.query("MATCH (anchor:Entity {id: $id}) RETURN anchor, null AS r")
				.bindAll(parameters)
				.fetchAs(Record.class)
				.mappedBy((t, record) -> record)
				.all()) : List.of();
		}
		Map<String, Object> all = new HashMap<>(parameters);
		if (asOf != null) {
			all.put(AsOf.PARAMETER, asOf.day());
		}
		return List.copyOf(this.client.query(StanceQueries.statement(scope, types, asOf != null))
			.bindAll(all)
			.fetchAs(Record.class)
			.mappedBy((t, record) -> record)
			.all());
	}

	private List<Stance> stances(List<Record> rows, @Nullable AsOf asOf) {
		StanceTypes types = types();
		List<Stance> stances = new ArrayList<>();
		for (Record row : rows) {
			if (row.get("r").isNull()) {
				continue;
			}
			Relationship r = row.get("r").asRelationship();
			Map<String, Object> properties = r.asMap();
			String meetingId = types.meetingOf(r.type(), properties);
			stances.add(new Stance(ref(row.get("a").asNode()), r.type(), types.polarity().get(r.type()),
					ref(row.get("t").asNode()), (meetingId != null) ? meetingRef(row.get("m"), meetingId) : null,
					types.dateOf(r.type(), properties), text(properties.get("action")), text(properties.get("source")),
					text(properties.get("locator")), !properties.containsKey(Schema.VALID_FROM), properties));
		}
		stances.sort(ORDER);
		return List.copyOf(stances);
	}

	private StanceTypes types() {
		return StanceTypes.of(this.schemas.current());
	}

	static NodeRef meetingRef(Value meeting, String id) {
		return meeting.isNull() ? new NodeRef(id, id) : ref(meeting.asNode());
	}

	static NodeRef ref(Node node) {
		String id = node.get("id").asString();
		return new NodeRef(id, node.get("name").asString(id));
	}

	private static @Nullable String text(@Nullable Object value) {
		return (value != null) ? value.toString() : null;
	}

}
