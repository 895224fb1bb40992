package io.normgraph.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

import io.normgraph.graph.NodeRef;
import io.normgraph.schema.Schema;
import io.normgraph.schema.SchemaRegistry;
import io.normgraph.system.BadParameterException;
import io.normgraph.system.NotFoundException;
import io.normgraph.system.Parameters;
import io.normgraph.time.AsOf;
import io.normgraph.timeline.TimelineSources.Event;
import io.normgraph.timeline.TimelineSources.Source;

import static io.normgraph.graph.GraphValues.text;

/**
 * The timeline of events and the forums an agenda was carried to, by the schema's roles (see
 * {@link TimelineSources}). Dates are ISO strings of partial precision; a range keeps an entry
 * whose date overlaps it, so {@code from=2008-06} keeps an entry dated {@code 2008}; as of a date
 * keeps what had happened by then (see {@link AsOf#reached}), undated entries included.
 */
@Service
public class TimelineService {

	/** Meetings first on a day, then decisions, then other events. */
	private static final Comparator<TimelineEntry> ORDER = Comparator
		.comparing(TimelineEntry::date, Comparator.nullsLast(Comparator.<String>naturalOrder()))
		.thenComparing((entry) -> "meeting".equals(entry.role()) ? 0 : "decision".equals(entry.role()) ? 1 : 2)
		.thenComparing(TimelineEntry::id)
		.thenComparing(TimelineEntry::event, Comparator.nullsLast(Comparator.<String>naturalOrder()));

	private final Neo4jClient client;

	private final SchemaRegistry schemas;

	TimelineService(Neo4jClient client, SchemaRegistry schemas) {
		this.client = client;
		this.schemas = schemas;
	}

	public List<TimelineEntry> timeline(@Nullable String forum, @Nullable String from, @Nullable String to,
			boolean parts) {
		return timeline(forum, from, to, parts, null);
	}

	/**
	 * Events in date order (undated last); {@code forum} keeps the meetings and decisions of the
	 * forum and, if {@code parts}, of the bodies that are part of it (e.g. the SECURE Working
	 * Group under the Policy Commission).
	 */
	public List<TimelineEntry> timeline(@Nullable String forum, @Nullable String from, @Nullable String to,
			boolean parts, @Nullable String asOf) {
		String checkedForum = Parameters.optionalId(forum, "forum");
		String checkedFrom = Parameters.optionalDate(from, "from");
		String checkedTo = Parameters.optionalDate(to, "to");
		if (checkedFrom != null && checkedTo != null && checkedFrom.compareTo(checkedTo) > 0
				&& !checkedFrom.startsWith(checkedTo)) {
			throw new BadParameterException("from", "from must not be after to");
		}
		AsOf day = AsOf.parse(asOf);
		TimelineSources sources = TimelineSources.of(this.schemas.current());
		Map<String, TimelineRow> rows = new LinkedHashMap<>();
		this.client.query(TimelineQueries.statement(sources))
			.fetchAs(Record.class)
			.mappedBy((types, record) -> record)
			.all()
			.forEach((record) -> rows.merge(record.get("x").asNode().elementId(), TimelineRow.of(record), TimelineRow::first));
		Map<String, Source> byLabel = new HashMap<>();
		sources.labels().forEach((source) -> byLabel.put(source.label(), source));
		List<TimelineEntry> entries = new ArrayList<>();
		for (TimelineRow row : rows.values()) {
			if (checkedForum != null && !row.in(checkedForum, parts)) {
				continue;
			}
			for (TimelineEntry entry : entries(row, byLabel)) {
				if (keeps(entry.date(), checkedFrom, checkedTo) && (day == null || day.reached(entry.date()))) {
					entries.add(entry);
				}
			}
		}
		entries.sort(ORDER);
		return List.copyOf(entries);
	}

	/** The node's events; a meeting or decision without a dated event is one entry, its meeting's date or undated. */
	private static List<TimelineEntry> entries(TimelineRow row, Map<String, Source> byLabel) {
		Node x = row.x();
		Source source = byLabel.get(label(x, byLabel));
		List<TimelineEntry> entries = new ArrayList<>();
		for (Event event : source.events()) {
			String date = text(x.get(event.property()));
			if (date != null) {
				entries.add(entry(row, source, event.name(), date));
			}
		}
		if (entries.isEmpty() && source.always()) {
			String date = (source.decision() && row.meeting() != null) ? firstDate(row.meeting(), byLabel) : null;
			String event = source.events().isEmpty() ? null : source.events().get(0).name();
			entries.add(entry(row, source, event, date));
		}
		return entries;
	}

	private static TimelineEntry entry(TimelineRow row, Source source, @Nullable String event, @Nullable String date) {
		Node x = row.x();
		String id = x.get("id").asString();
		return new TimelineEntry(source.label(), (source.role() != null) ? source.role().word() : null, event, id,
				x.get("name").asString(id), date, (source.end() != null) ? text(x.get(source.end())) : null,
				(row.forum() != null) ? ref(row.forum()) : null, (row.meeting() != null) ? ref(row.meeting()) : null,
				text(x.get("place")), text(x.get("outcome")), text(x.get("summary")), text(x.get("source")),
				text(x.get("locator")), date == null);
	}

	/** The forums the node was carried to, negotiated in or adopted by (the schema's forum types), in time order (undated last). */
	public List<ForumVisit> forums(String id, @Nullable String asOf) {
		Parameters.id(id, "id");
		AsOf day = AsOf.parse(asOf);
		ForumTypes types = ForumTypes.of(this.schemas.current());
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put(AsOf.PARAMETER, AsOf.parameter(day));
		List<Record> rows = List.copyOf(this.client.query(ForumTypes.statement(types))
			.bindAll(parameters)
			.fetchAs(Record.class)
			.mappedBy((t, record) -> record)
			.all());
		if (rows.isEmpty()) {
			throw new NotFoundException("id", id);
		}
		return rows.stream()
			.filter((row) -> !row.get("r").isNull())
			.map((row) -> types.visit(row.get("r").asRelationship(), ref(row.get("f").asNode())))
			.sorted(ForumTypes.ORDER)
			.toList();
	}

	/** The first event date a meeting has, to date a decision that has none of its own. */
	private static @Nullable String firstDate(Node meeting, Map<String, Source> byLabel) {
		Source source = byLabel.get(label(meeting, byLabel));
		if (source == null) {
			return null;
		}
		return source.events().stream().map((event) -> text(meeting.get(event.property()))).filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	private static @Nullable String label(Node node, Map<String, Source> byLabel) {
		for (String label : node.labels()) {
			if (byLabel.containsKey(label)) {
				return label;
			}
		}
		return null;
	}

	/** Whether a date overlaps the range: {@code from=2008-06} keeps {@code 2008}; undated entries only without a range. */
	private static boolean keeps(@Nullable String date, @Nullable String from, @Nullable String to) {
		if (from == null && to == null) {
			return true;
		}
		if (date == null) {
			return false;
		}
		return (from == null || date.compareTo(from) >= 0 || from.startsWith(date))
				&& (to == null || date.compareTo(to) <= 0 || date.startsWith(to));
	}

	static @Nullable String text(Value value) {
		return value.isNull() ? null : value.asString();
	}

	private static NodeRef ref(Node node) {
		String id = node.get("id").asString();
		return new NodeRef(id, node.get("name").asString(id));
	}

}
