package io.normgraph.timeline;

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
 * The timeline of meetings and decisions and the forums an agenda was carried to. Dates are
 * ISO strings of partial precision; a range keeps an entry whose date overlaps it, so
 * {@code from=2008-06} keeps an entry dated {@code 2008}.
 */
@Service
public class TimelineService {

	static final String TIMELINE = """
			CALL () {
			  MATCH (m:Meeting)
			  OPTIONAL MATCH (m)-[:HELD_BY]->(f:Forum)
			  WITH m, f ORDER BY f.id
			  WITH m, collect(f)[0] AS f
			  RETURN 'Meeting' AS kind, m AS x, m.startDate AS date, m.endDate AS endDate, f, m.place AS place,
			         null AS outcome
			  UNION ALL
			  MATCH (d:Decision)
			  OPTIONAL MATCH (d)-[:TAKEN_AT]->(m:Meeting)
			  OPTIONAL MATCH (m)-[:HELD_BY]->(f:Forum)
			  WITH d, m, f ORDER BY m.id, f.id
			  WITH d, collect(m)[0] AS m, collect(f)[0] AS f
			  RETURN 'Decision' AS kind, d AS x, coalesce(d.date, m.startDate) AS date, null AS endDate, f,
			         null AS place, d.outcome AS outcome
			}
			WITH kind, x, date, endDate, f, place, outcome
			WHERE ($forum IS NULL OR f.id = $forum
			       OR ($parts AND EXISTS { MATCH (f)-[:PART_OF*1..3]->(:Forum {id: $forum}) }))
			  AND ($from IS NULL OR (date IS NOT NULL AND (date >= $from OR $from STARTS WITH date)))
			  AND ($to IS NULL OR (date IS NOT NULL AND (date <= $to OR date STARTS WITH $to)))
			RETURN kind, x.id AS id, x.name AS name, date, endDate, f {.id, .name} AS forum, place, outcome,
			       x.summary AS summary, x.source AS source, x.locator AS locator
			ORDER BY date IS NULL, date, kind DESC, id""";

	static final String FORUMS = """
			MATCH (n:Entity {id: $id})
			OPTIONAL MATCH (n)-[r:PURSUED_IN|NEGOTIATED_IN|ADOPTED_BY]->(f:Forum)
			WITH n, r, f ORDER BY r.date IS NULL, r.date, f.id, type(r)
			RETURN n, collect(CASE WHEN r IS NULL THEN null ELSE {forum: f {.id, .name}, relationship: type(r),
			  date: r.date, action: r.action, source: r.source, locator: r.locator} END) AS rows""";

	private final Neo4jClient client;

	TimelineService(Neo4jClient client) {
		this.client = client;
	}

	/**
	 * Meetings and decisions in date order (undated last); {@code forum} keeps those of the
	 * forum and, if {@code parts}, of the bodies that are part of it (e.g. the SECURE Working
	 * Group under the Policy Commission).
	 */
	public List<TimelineEntry> timeline(@Nullable String forum, @Nullable String from, @Nullable String to,
			boolean parts) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("parts", parts);
		parameters.put("forum", Parameters.optionalId(forum, "forum"));
		String checkedFrom = Parameters.optionalDate(from, "from");
		String checkedTo = Parameters.optionalDate(to, "to");
		if (checkedFrom != null && checkedTo != null && checkedFrom.compareTo(checkedTo) > 0
				&& !checkedFrom.startsWith(checkedTo)) {
			throw new BadParameterException("from", "from must not be after to");
		}
		parameters.put("from", checkedFrom);
		parameters.put("to", checkedTo);
		return List.copyOf(this.client.query(TIMELINE)
			.bindAll(parameters)
			.fetchAs(TimelineEntry.class)
			.mappedBy((types, r) -> new TimelineEntry(r.get("kind").asString(), r.get("id").asString(),
					r.get("name").asString(r.get("id").asString()), text(r.get("date")), text(r.get("endDate")),
					NodeRef.of(r.get("forum")), text(r.get("place")), text(r.get("outcome")), text(r.get("summary")),
					text(r.get("source")), text(r.get("locator"))))
			.all());
	}

	/** The forums the node was carried to, negotiated in or adopted by, in time order (undated last). */
	public List<ForumVisit> forums(String id) {
		Parameters.id(id, "id");
		return this.client.query(FORUMS)
			.bind(id)
			.to("id")
			.fetchAs(ForumVisits.class)
			.mappedBy((types, record) -> new ForumVisits(record.get("rows").asList(TimelineService::visit)))
			.one()
			.map(ForumVisits::rows)
			.orElseThrow(() -> new NotFoundException("id", id));
	}

	private static ForumVisit visit(Value row) {
		return new ForumVisit(Objects.requireNonNull(NodeRef.of(row.get("forum"))), row.get("relationship").asString(),
				text(row.get("date")), text(row.get("action")), text(row.get("source")), text(row.get("locator")));
	}

}
