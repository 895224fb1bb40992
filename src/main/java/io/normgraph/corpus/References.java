package io.normgraph.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.normgraph.corpus.CorpusRows.NodeRow;
import io.normgraph.corpus.CorpusRows.Origin;
import io.normgraph.corpus.CorpusRows.RelationshipRow;
import io.normgraph.schema.PropertySpec;
import io.normgraph.schema.Schema;
import io.normgraph.schema.ValueType;

/**
 * The ids a row points at: a relationship's ends, and every id property whose schema says which
 * label the node it names must have ({@code source} a Source, {@code meeting} a Meeting).
 */
final class References {

	/** One id a row names, where, and the label it must have (null: any). */
	record Reference(String column, String id, @Nullable String label, Origin origin) {
	}

	private References() {
	}

	static List<Reference> of(Schema schema, NodeRow row) {
		return properties(schema.nodeProperties(row.label()), row.properties(), row.origin());
	}

	static List<Reference> of(Schema schema, RelationshipRow row) {
		List<Reference> references = new ArrayList<>();
		references.add(new Reference("from", row.from(), null, row.origin()));
		references.add(new Reference("to", row.to(), null, row.origin()));
		references.addAll(properties(schema.relationshipProperties(row.type()), row.properties(), row.origin()));
		return references;
	}

	/** Every id the rows define or point at. */
	static Set<String> ids(Schema schema, CorpusRows rows) {
		Set<String> ids = new HashSet<>();
		for (NodeRow row : rows.nodes()) {
			ids.add(row.id());
			of(schema, row).forEach((reference) -> ids.add(reference.id()));
		}
		for (RelationshipRow row : rows.relationships()) {
			of(schema, row).forEach((reference) -> ids.add(reference.id()));
		}
		return ids;
	}

	private static List<Reference> properties(Map<String, PropertySpec> declared, Map<String, Object> values, Origin origin) {
		List<Reference> references = new ArrayList<>();
		declared.values().forEach((property) -> {
			if (property.type() == ValueType.ID && property.references() != null
					&& values.get(property.name()) instanceof String id) {
				references.add(new Reference(property.name(), id, property.references(), origin));
			}
		});
		return references;
	}

}
