package io.normgraph.corpus;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.normgraph.corpus.CorpusRows.NodeRow;
import io.normgraph.corpus.CorpusRows.Origin;
import io.normgraph.corpus.CorpusRows.RelationshipRow;

/**
 * Checks what no single row can show: duplicates, and references to ids that exist neither in
 * the corpus nor in the graph (or exist with the wrong label).
 */
class CorpusValidator {

	private final Map<String, String> inGraph;

	private final List<ImportProblem> problems;

	/**
	 * @param inGraph the label of each of the {@link #referencedIds referenced ids} that is
	 * already in the graph (ids absent from it are not in the graph)
	 */
	CorpusValidator(Map<String, String> inGraph, List<ImportProblem> problems) {
		this.inGraph = inGraph;
		this.problems = problems;
	}

	void validate(CorpusRows rows) {
		Map<String, NodeRow> byId = uniqueNodes(rows.nodes());
		for (NodeRow row : rows.nodes()) {
			String existing = this.inGraph.get(row.id());
			if (existing != null && !existing.equals(row.label())) {
				this.problems.add(row.origin().problem("id", "'" + row.id() + "' is already " + withArticle(existing)
						+ " in the graph; an id names one node of one label"));
			}
		}
		// What an id already is in the graph wins over what the corpus claims (reported above).
		Map<String, String> labels = new HashMap<>(this.inGraph);
		byId.forEach((id, row) -> labels.putIfAbsent(id, row.label()));
		for (NodeRow row : rows.nodes()) {
			checkReferences(row.properties(), row.origin(), labels);
		}
		Map<List<Object>, Origin> keys = new HashMap<>();
		for (RelationshipRow row : rows.relationships()) {
			checkReference("from", row.from(), null, row.origin(), labels);
			checkReference("to", row.to(), null, row.origin(), labels);
			checkReferences(row.properties(), row.origin(), labels);
			Origin first = keys.putIfAbsent(row.key(), row.origin());
			if (first != null) {
				this.problems.add(row.origin().problem(null, "duplicate " + row.type() + " from '" + row.from()
						+ "' to '" + row.to() + "' with the same source and locator as " + first.file() + ":"
						+ first.line()));
			}
		}
	}

	private Map<String, NodeRow> uniqueNodes(List<NodeRow> nodes) {
		Map<String, NodeRow> byId = new HashMap<>();
		for (NodeRow row : nodes) {
			NodeRow first = byId.putIfAbsent(row.id(), row);
			if (first != null) {
				this.problems.add(row.origin().problem("id", "duplicate id '" + row.id() + "', first defined at "
						+ first.origin().file() + ":" + first.origin().line()));
			}
		}
		return byId;
	}

	/** Every id the rows define or point at: the ids to look up in the graph. */
	static Set<String> referencedIds(CorpusRows rows) {
		Set<String> ids = new HashSet<>();
		for (NodeRow row : rows.nodes()) {
			ids.add(row.id());
			CorpusSchema.REFERENCE_COLUMNS.keySet().forEach((column) -> addIfPresent(ids, row.properties().get(column)));
		}
		for (RelationshipRow row : rows.relationships()) {
			ids.add(row.from());
			ids.add(row.to());
			CorpusSchema.REFERENCE_COLUMNS.keySet().forEach((column) -> addIfPresent(ids, row.properties().get(column)));
		}
		return ids;
	}

	private static void addIfPresent(Set<String> ids, Object value) {
		if (value instanceof String id) {
			ids.add(id);
		}
	}

	private void checkReferences(Map<String, Object> properties, Origin origin, Map<String, String> labels) {
		CorpusSchema.REFERENCE_COLUMNS.forEach((column, label) -> {
			if (properties.get(column) instanceof String id) {
				checkReference(column, id, label, origin, labels);
			}
		});
	}

	private void checkReference(String column, String id, String requiredLabel, Origin origin,
			Map<String, String> labels) {
		String label = labels.get(id);
		if (label == null) {
			this.problems.add(origin.problem(column, "'" + id + "' is neither in this corpus nor in the graph"));
		}
		else if (requiredLabel != null && !requiredLabel.equals(label)) {
			this.problems.add(origin.problem(column, "'" + id + "' is " + withArticle(label) + ", not " + withArticle(requiredLabel)));
		}
	}

	private static String withArticle(String label) {
		return ("AEIOU".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
	}

}
