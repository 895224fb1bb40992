package io.normgraph.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.normgraph.corpus.CorpusRows.Origin;
import io.normgraph.corpus.CorpusRows.RelationshipRow;
import io.normgraph.schema.PartialDate;
import io.normgraph.schema.PropertySpec;
import io.normgraph.schema.Schema;
import io.normgraph.schema.Time;
import io.normgraph.schema.TypeRole;

/**
 * What time forbids in a corpus: a row whose end date is before its start date (compared as
 * partial dates can be: {@code since 2008, until 2008-03} may hold, {@code until 2007} may not), and
 * versions whose succession types ({@code SUPERSEDES}…) form a cycle within the corpus, reported
 * once, at the row that closes it, with the lines of the others.
 */
final class TimeChecks {

	private final Schema schema;

	private final List<ImportProblem> problems;

	TimeChecks(Schema schema, List<ImportProblem> problems) {
		this.schema = schema;
		this.problems = problems;
	}

	void check(CorpusRows rows) {
		rows.nodes().forEach((row) -> ranges(this.schema.nodeProperties(row.label()), row.properties(), row.origin()));
		rows.relationships()
			.forEach((row) -> ranges(this.schema.relationshipProperties(row.type()), row.properties(), row.origin()));
		cycles(rows.relationships());
	}

	/** Every end date must be able to fall on or after every start date. */
	private void ranges(Map<String, PropertySpec> declared, Map<String, Object> values, Origin origin) {
		for (PropertySpec end : declared.values()) {
			if (end.time() != Time.END || !(values.get(end.name()) instanceof String until) || !PartialDate.isValid(until)) {
				continue;
			}
			for (PropertySpec start : declared.values()) {
				if (start.time() == Time.START && values.get(start.name()) instanceof String since
						&& PartialDate.isValid(since) && PartialDate.latest(until).isBefore(PartialDate.earliest(since))) {
					this.problems.add(origin.problem(end.name(), end.name() + " " + until + " is before " + start.name()
							+ " " + since + ": a fact cannot end before it starts"));
				}
			}
		}
	}

	private void cycles(List<RelationshipRow> relationships) {
		Set<String> succession = this.schema.typesWith(TypeRole.SUCCESSION);
		Map<String, List<RelationshipRow>> next = new LinkedHashMap<>();
		for (RelationshipRow row : relationships) {
			if (succession.contains(row.type())) {
				next.computeIfAbsent(row.from(), (id) -> new ArrayList<>()).add(row);
			}
		}
		Map<String, Integer> state = new HashMap<>();
		for (String start : next.keySet()) {
			if (!state.containsKey(start)) {
				walk(start, next, state, new ArrayList<>());
			}
		}
	}

	/** Depth-first: 1 on the current path, 2 done; an edge back onto the path closes a cycle. */
	private void walk(String id, Map<String, List<RelationshipRow>> next, Map<String, Integer> state,
			List<RelationshipRow> path) {
		state.put(id, 1);
		for (RelationshipRow row : next.getOrDefault(id, List.of())) {
			Integer seen = state.get(row.to());
			if (seen == null) {
				path.add(row);
				walk(row.to(), next, state, path);
				path.remove(path.size() - 1);
			}
			else if (seen == 1) {
				report(row, path);
			}
		}
		state.put(id, 2);
	}

	private void report(RelationshipRow closing, List<RelationshipRow> path) {
		List<RelationshipRow> cycle = new ArrayList<>();
		for (int i = path.size() - 1; i >= 0; i--) {
			cycle.add(0, path.get(i));
			if (path.get(i).from().equals(closing.to())) {
				break;
			}
		}
		if (closing.from().equals(closing.to())) {
			cycle.clear();
		}
		cycle.add(closing);
		StringBuilder chain = new StringBuilder("'" + cycle.get(0).from() + "'");
		List<String> lines = new ArrayList<>();
		for (RelationshipRow row : cycle) {
			chain.append(' ').append(row.type()).append(" '").append(row.to()).append('\'');
			lines.add(row.origin().toString());
		}
		this.problems.add(closing.origin().problem(null, "versions form a cycle: " + chain
				+ "; a version cannot come before itself (rows " + String.join(", ", lines) + ")"));
	}

}
