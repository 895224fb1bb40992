package io.normgraph.corpus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.normgraph.corpus.CorpusRows.NodeRow;
import io.normgraph.corpus.CorpusRows.Origin;
import io.normgraph.corpus.CorpusRows.RelationshipRow;
import io.normgraph.corpus.ImportReport.ValueConflict;
import io.normgraph.corpus.NodeState.CoAssertion;
import io.normgraph.schema.Ids;
import io.normgraph.schema.LabelRole;
import io.normgraph.schema.Schema;
import io.normgraph.schema.TypeRole;

/**
 * Conflicts kept side by side, the way the bundled corpus keeps its source's own contradictions:
 * each value becomes a claim (a node of the schema's claim label, with {@code property} and
 * {@code value}) linked to the node it is about, with the provenance of the corpus that gave it.
 * The claims belong to the importing corpus, so they go when it goes.
 */
final class ClaimRows {

	private ClaimRows() {
	}

	/** A pair of claims for a conflict: the node's value and the row's, each with its corpus's provenance. */
	static void add(ValueConflict conflict, NodeState node, NodeRow row, Schema schema, String corpus, List<NodeRow> nodes,
			List<RelationshipRow> relationships) {
		String label = schema.labelsWith(LabelRole.CLAIM)
			.stream()
			.filter((name) -> schema.nodeProperties(name).keySet().containsAll(List.of("property", "value")))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("the schema has no claim label with property and value"));
		String type = schema.typesWith(TypeRole.CLAIM).iterator().next();
		Origin origin = new Origin(conflict.file(), conflict.line());
		Map<String, Object> theirs = provenance(node, conflict.graphCorpus());
		claim(label, type, conflict, conflict.graphCorpus(), conflict.graphValue(), theirs, origin, corpus, nodes, relationships);
		claim(label, type, conflict, corpus, conflict.value(), Sharing.provenance(row.properties()), origin, corpus, nodes,
				relationships);
	}

	private static void claim(String label, String type, ValueConflict conflict, String by, Object value,
			Map<String, Object> provenance, Origin origin, String corpus, List<NodeRow> nodes,
			List<RelationshipRow> relationships) {
		String id = Ids.slug("claim-" + conflict.id() + "-" + conflict.property() + "-" + by);
		Map<String, Object> properties = new HashMap<>();
		properties.put("id", id);
		properties.put("name", conflict.id() + ": " + conflict.property() + " = " + value + " (corpus " + by + ")");
		properties.put("property", conflict.property());
		properties.put("value", String.valueOf(value));
		properties.put("summary", "Corpus '" + by + "' gives " + conflict.property() + " '" + value + "' for '"
				+ conflict.id() + "'; kept beside the other value when corpus '" + corpus + "' was imported.");
		properties.put("source", provenance.get("source"));
		properties.put("locator", provenance.get("locator"));
		nodes.add(new NodeRow(label, properties, origin));
		Map<String, Object> about = new HashMap<>();
		about.put("source", provenance.get("source"));
		about.put("locator", provenance.get("locator"));
		relationships.add(new RelationshipRow(type, id, conflict.id(), about, origin));
	}

	/** Where a corpus gave the node's values: the node's own provenance for its owner, its ASSERTS for another. */
	private static Map<String, Object> provenance(NodeState node, String corpus) {
		if (node.owner().equals(corpus)) {
			return Sharing.provenance(node.properties());
		}
		return node.others()
			.stream()
			.filter((other) -> other.corpus().equals(corpus))
			.map(CoAssertion::provenance)
			.findFirst()
			.orElse(Sharing.provenance(node.properties()));
	}

}
