package io.normgraph.corpus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.normgraph.corpus.CorpusRows.NodeRow;
import io.normgraph.corpus.CorpusRows.Origin;
import io.normgraph.corpus.CorpusRows.RelationshipRow;
import io.normgraph.corpus.GraphState.Existing;
import io.normgraph.corpus.References.Reference;
import io.normgraph.schema.Schema;
import io.normgraph.schema.TypeRole;
import io.normgraph.schema.TypeSpec;

/**
 * Checks what no single row can show: duplicate ids and relationships, ids that name a node of
 * another label, references to ids that exist neither in the corpus nor in the graph (or have
 * the wrong label), relationships between labels their type does not connect, and
 * relationships another corpus already asserts, and relationships of the reuse type, which
 * only detection writes.
 */
class CorpusValidator {

	private final Schema schema;

	private final GraphState graph;

	private final String corpus;

	private final List<ImportProblem> problems;

	CorpusValidator(Schema schema, GraphState graph, String corpus, List<ImportProblem> problems) {
		this.schema = schema;
		this.graph = graph;
		this.corpus = corpus;
		this.problems = problems;
	}

	void validate(CorpusRows rows) {
		Map<String, NodeRow> byId = new HashMap<>();
		for (NodeRow row : rows.nodes()) {
			NodeRow first = byId.putIfAbsent(row.id(), row);
			if (first != null) {
				this.problems.add(row.origin().problem("id", "duplicate id '" + row.id() + "', first defined at " + first.origin()));
			}
			String existing = this.graph.labels().get(row.id());
			if (existing != null && !existing.equals(row.label())) {
				this.problems.add(row.origin().problem("id", "'" + row.id() + "' is already " + withArticle(existing)
						+ " in the graph; an id names one node of one label"));
			}
		}
		// What an id already is in the graph wins over what the corpus claims (reported above).
		Map<String, String> labels = new HashMap<>(this.graph.labels());
		byId.forEach((id, row) -> labels.putIfAbsent(id, row.label()));
		for (NodeRow row : rows.nodes()) {
			References.of(this.schema, row).forEach((reference) -> check(reference, labels));
		}
		Map<String, Origin> keys = new HashMap<>();
		for (RelationshipRow row : rows.relationships()) {
			References.of(this.schema, row).forEach((reference) -> check(reference, labels));
			checkEndpoints(row, labels);
			if (this.schema.types().get(row.type()).role() == TypeRole.REUSE) {
				this.problems.add(row.origin().problem(null, row.type() + " is text reuse that normgraph detects "
						+ "(inferred, docs/reuse.md); no corpus can assert it: use a derivation type for a source's own claim"));
			}
			Origin first = keys.putIfAbsent(row.key(), row.origin());
			if (first != null) {
				this.problems.add(row.origin().problem(null, "duplicate " + row.type() + " from '" + row.from() + "' to '"
						+ row.to() + "' with the same source and locator as " + first));
			}
			Existing existing = this.graph.relationships().get(row.key());
			if (existing != null && !this.corpus.equals(existing.corpus())) {
				this.problems.add(row.origin().problem(null, row.type() + " from '" + row.from() + "' to '" + row.to()
						+ "' with this source and locator is already asserted by corpus '" + existing.corpus()
						+ "'; give the locator where this corpus found it"));
			}
		}
	}

	private void check(Reference reference, Map<String, String> labels) {
		String label = labels.get(reference.id());
		if (label == null) {
			this.problems.add(reference.origin().problem(reference.column(),
					"'" + reference.id() + "' is neither in this corpus nor in the graph"));
		}
		else if (reference.label() != null && !reference.label().equals(label)) {
			this.problems.add(reference.origin().problem(reference.column(),
					"'" + reference.id() + "' is " + withArticle(label) + ", not " + withArticle(reference.label())));
		}
	}

	private void checkEndpoints(RelationshipRow row, Map<String, String> labels) {
		String from = labels.get(row.from());
		String to = labels.get(row.to());
		TypeSpec type = this.schema.types().get(row.type());
		if (from != null && to != null && !type.allows(from, to)) {
			this.problems.add(row.origin().problem(null, row.type() + " cannot connect " + withArticle(from) + " ('"
					+ row.from() + "') to " + withArticle(to) + " ('" + row.to() + "'); it connects " + type.connects()));
		}
	}

	static String withArticle(String label) {
		return ("AEIOU".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
	}

}
