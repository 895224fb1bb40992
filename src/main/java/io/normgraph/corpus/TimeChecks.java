package io.normgraph.corpus;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
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
 * once, at the row that closes it, with the lines of the others. Rows pass through one at a time;
 * only the rows of succession types are kept until {@link #finish} (a corpus's versions, not its
 * provisions).
 */
final class TimeChecks {

	/** Steps of a cycle a message spells out; a longer one shows its ends. */
	private static final int SHOWN = 8;

	private final Schema schema;

	private final CsvCorpusParser.ProblemSink problems;

	private final Set<String> succession;

	private final List<RelationshipRow> successions = new ArrayList<>();

	TimeChecks(Schema schema, CsvCorpusParser.ProblemSink problems) {
		this.schema = schema;
		this.problems = problems;
		this.succession = schema.typesWith(TypeRole.SUCCESSION);
	}

	void node(CorpusRows.NodeRow row) {
		ranges(this.schema.nodeProperties(row.label()), row.properties(), row.origin());
	}

	void relationship(RelationshipRow row) {
		ranges(this.schema.relationshipProperties(row.type()), row.properties(), row.origin());
		if (this.succession.contains(row.type())) {
			this.successions.add(row);
		}
	}

	/** Every row read: the cycles of versions. */
	void finish() {
		cycles(this.successions);
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
		Map<String, List<RelationshipRow>> next = new LinkedHashMap<>();
		for (RelationshipRow row : relationships) {
			next.computeIfAbsent(row.from(), (id) -> new ArrayList<>()).add(row);
		}
		Map<String, Integer> state = new HashMap<>();
		for (String start : next.keySet()) {
			if (!state.containsKey(start)) {
				walk(start, next, state, new ArrayList<>());
			}
		}
	}

	/**
	 * Depth-first without recursion (a corpus may hold long chains of versions): 1 on the current
	 * path, 2 done; an edge back onto the path closes a cycle.
	 */
	private void walk(String start, Map<String, List<RelationshipRow>> next, Map<String, Integer> state,
			List<RelationshipRow> path) {
		Deque<Iterator<RelationshipRow>> stack = new ArrayDeque<>();
		state.put(start, 1);
		stack.push(next.getOrDefault(start, List.of()).iterator());
		while (!stack.isEmpty()) {
			Iterator<RelationshipRow> edges = stack.peek();
			if (!edges.hasNext()) {
				stack.pop();
				String done = path.isEmpty() ? start : path.remove(path.size() - 1).to();
				state.put(done, 2);
				continue;
			}
			RelationshipRow row = edges.next();
			Integer seen = state.get(row.to());
			if (seen == null) {
				path.add(row);
				state.put(row.to(), 1);
				stack.push(next.getOrDefault(row.to(), List.of()).iterator());
			}
			else if (seen == 1) {
				report(row, path);
			}
		}
	}

	private void report(RelationshipRow closing, List<RelationshipRow> path) {
		List<RelationshipRow> cycle = new ArrayList<>();
		for (int i = path.size() - 1; i >= 0 && !closing.from().equals(closing.to()); i--) {
			cycle.add(path.get(i));
			if (path.get(i).from().equals(closing.to())) {
				break;
			}
		}
		Collections.reverse(cycle);
		cycle.add(closing);
		StringBuilder chain = new StringBuilder("'" + cycle.get(0).from() + "'");
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < cycle.size(); i++) {
			RelationshipRow row = cycle.get(i);
			if (cycle.size() > SHOWN && i >= SHOWN / 2 && i < cycle.size() - SHOWN / 2) {
				if (i == SHOWN / 2) {
					chain.append(" …");
					lines.add("…");
				}
				continue;
			}
			chain.append(' ').append(row.type()).append(" '").append(row.to()).append('\'');
			lines.add(row.origin().toString());
		}
		this.problems.add(closing.origin().problem(null, "versions form a cycle: " + chain
				+ ((cycle.size() > SHOWN) ? " (" + cycle.size() + " steps)" : "")
				+ "; a version cannot come before itself (rows " + String.join(", ", lines) + ")"));
	}

}
