package io.normgraph.stance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

import io.normgraph.graph.NodeRef;
import io.normgraph.system.BadParameterException;
import io.normgraph.system.NotFoundException;
import io.normgraph.system.Parameters;

import static io.normgraph.graph.GraphValues.text;

/**
 * Stances and coalitions, each answered with its actors, targets and meetings in the same
 * statement, so nothing nested costs a further round trip.
 */
@Service
public class StanceService {

	private static final String ROW = """
			{actor: a {.id, .name}, stance: type(r), target: n {.id, .name},
			 meeting: CASE WHEN m IS NOT NULL THEN m {.id, .name}
			   WHEN r.meeting IS NOT NULL THEN {id: r.meeting, name: r.meeting} END,
			 date: r.date, action: r.action, source: r.source, locator: r.locator}""";

	static final String ON_NODE = """
			MATCH (n:Entity {id: $id})
			OPTIONAL MATCH (a:Actor)-[r:SUPPORTS|OPPOSES]->(n)
			OPTIONAL MATCH (m:Meeting {id: r.meeting})
			WITH n, a, r, m ORDER BY r.date, r.meeting, type(r) DESC, a.id
			RETURN n, collect(CASE WHEN r IS NULL THEN null ELSE %s END) AS rows""".formatted(ROW);

	static final String OF_ACTOR = """
			MATCH (a:Actor {id: $id})
			OPTIONAL MATCH (a)-[r:SUPPORTS|OPPOSES]->(n:Entity)
			OPTIONAL MATCH (m:Meeting {id: r.meeting})
			WITH a, r, n, m ORDER BY r.date, r.meeting, n.id
			RETURN a, collect(CASE WHEN r IS NULL THEN null ELSE %s END) AS rows""".formatted(ROW);

	static final String ON_NODES = """
			MATCH (a:Actor)-[r:SUPPORTS|OPPOSES]->(n:Entity)
			WHERE n.id IN $ids
			OPTIONAL MATCH (m:Meeting {id: r.meeting})
			WITH a, r, n, m ORDER BY n.id, r.date, a.id, type(r), r.locator
			RETURN %s AS row""".formatted(ROW);

	/** How many nodes one {@link #onNodes} call may name. */
	public static final int MAX_NODES = 200;

	static final String COALITIONS = """
			MATCH (a:Actor)-[r:SUPPORTS|OPPOSES]->(n:Entity)
			WHERE r.meeting IS NOT NULL AND ($meeting IS NULL OR r.meeting = $meeting)
			WITH r.meeting AS meetingId, type(r) AS stance, n, a ORDER BY a.id
			WITH meetingId, stance, n, collect(DISTINCT a {.id, .name}) AS actors
			WHERE size(actors) > 1
			OPTIONAL MATCH (m:Meeting {id: meetingId})
			RETURN coalesce(m {.id, .name}, {id: meetingId, name: meetingId}) AS meeting, stance,
			       n {.id, .name} AS target, actors
			ORDER BY m.startDate, meetingId, target.id, stance DESC""";

	private final Neo4jClient client;

	StanceService(Neo4jClient client) {
		this.client = client;
	}

	/** Who supported or opposed the node, at which meeting, doing what. */
	public List<Stance> onNode(String id) {
		return stances(ON_NODE, id);
	}

	/** Every stance the actor took. */
	public List<Stance> ofActor(String id) {
		return stances(OF_ACTOR, id);
	}

	/**
	 * Who supported or opposed any of the nodes, in one statement, by node and date; ids that
	 * name no node have none.
	 */
	public List<Stance> onNodes(List<String> ids) {
		if (ids.size() > MAX_NODES) {
			throw new BadParameterException("ids", "ids may name at most " + MAX_NODES + " nodes");
		}
		if (ids.isEmpty()) {
			return List.of();
		}
		return List.copyOf(this.client.query(ON_NODES)
			.bindAll(Map.of("ids", ids))
			.fetchAs(Stance.class)
			.mappedBy((types, record) -> stance(record.get("row")))
			.all());
	}

	/** Groups of two or more actors with the same stance on the same node, per meeting. */
	public List<Coalition> coalitions(@Nullable String meeting) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("meeting", Parameters.optionalId(meeting, "meeting"));
		return List.copyOf(this.client.query(COALITIONS)
			.bindAll(parameters)
			.fetchAs(Coalition.class)
			.mappedBy((types, record) -> new Coalition(ref(record.get("meeting")), record.get("stance").asString(),
					ref(record.get("target")), record.get("actors").asList(StanceService::ref)))
			.all());
	}

	private List<Stance> stances(String cypher, String id) {
		Parameters.id(id, "id");
		return this.client.query(cypher)
			.bind(id)
			.to("id")
			.fetchAs(Stances.class)
			.mappedBy((types, record) -> new Stances(record.get("rows").asList(StanceService::stance)))
			.one()
			.map(Stances::rows)
			.orElseThrow(() -> new NotFoundException("id", id));
	}

	private static Stance stance(Value row) {
		return new Stance(ref(row.get("actor")), row.get("stance").asString(), ref(row.get("target")),
				NodeRef.of(row.get("meeting")), text(row.get("date")), text(row.get("action")),
				text(row.get("source")), text(row.get("locator")));
	}

	private static NodeRef ref(Value value) {
		return Objects.requireNonNull(NodeRef.of(value));
	}

}
