package io.normgraph.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.normgraph.graph.GraphNode;
import io.normgraph.graph.GraphRelationship;

/**
 * The attributes a node or relationship carries in the XML formats: {@code label} (what
 * Gephi, yEd and Cytoscape show), the model's own fields, then every property. A format that
 * reserves a name (GEXF's edge {@code source} and {@code type}) gets it renamed through
 * {@code edgeRenames}. Values are written as {@link #text}.
 */
final class ExportAttributes {

	static final String LABEL = "label";

	static final String LABELS = "labels";

	static final String NAME = "name";

	static final String TYPE = "type";

	static final String RELATIONSHIP_ID = "relationshipId";

	private ExportAttributes() {
	}

	static Map<String, Object> node(GraphNode node) {
		Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put(LABEL, node.name());
		attributes.put(LABELS, String.join(";", node.labels()));
		attributes.put(NAME, node.name());
		attributes.putAll(node.properties());
		return attributes;
	}

	static Map<String, Object> edge(GraphRelationship relationship, Map<String, String> edgeRenames) {
		Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put(LABEL, relationship.type());
		attributes.put(edgeRenames.getOrDefault(TYPE, TYPE), relationship.type());
		attributes.put(RELATIONSHIP_ID, relationship.id());
		relationship.properties().forEach((key, value) -> attributes.put(edgeRenames.getOrDefault(key, key), value));
		return attributes;
	}

	/** A value as text: a list's items joined with {@code ;}, anything else as Java writes it. */
	static String text(Object value) {
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).collect(Collectors.joining(";"));
		}
		return String.valueOf(value);
	}

}
