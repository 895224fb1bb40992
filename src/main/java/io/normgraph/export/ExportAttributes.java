package io.normgraph.export;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;

import io.normgraph.graph.GraphNode;
import io.normgraph.graph.GraphRelationship;

/**
 * The attributes a node or relationship carries in the XML formats: {@code label} (what
 * Gephi, yEd and Cytoscape show), the model's own fields, then every property. A format that
 * reserves a name (GEXF's edge {@code source} and {@code type}) gets it renamed through
 * {@code edgeRenames}.
 */
final class ExportAttributes {

	static final String LABEL = "label";

	private ExportAttributes() {
	}

	static Map<String, Attribute> node(GraphNode node) {
		Map<String, Attribute> attributes = new LinkedHashMap<>();
		attributes.put(LABEL, DefaultAttribute.createAttribute(node.name()));
		attributes.put("labels", DefaultAttribute.createAttribute(String.join(";", node.labels())));
		attributes.put("name", DefaultAttribute.createAttribute(node.name()));
		node.properties().forEach((key, value) -> attributes.put(key, attribute(value)));
		return attributes;
	}

	static Map<String, Attribute> edge(GraphRelationship relationship, Map<String, String> edgeRenames) {
		Map<String, Attribute> attributes = new LinkedHashMap<>();
		attributes.put(LABEL, DefaultAttribute.createAttribute(relationship.type()));
		attributes.put(edgeRenames.getOrDefault("type", "type"), DefaultAttribute.createAttribute(relationship.type()));
		attributes.put("relationshipId", DefaultAttribute.createAttribute(relationship.id()));
		relationship.properties()
			.forEach((key, value) -> attributes.put(edgeRenames.getOrDefault(key, key), attribute(value)));
		return attributes;
	}

	private static Attribute attribute(Object value) {
		if (value instanceof Long number) {
			return DefaultAttribute.createAttribute(number);
		}
		if (value instanceof Integer number) {
			return DefaultAttribute.createAttribute(number);
		}
		return DefaultAttribute.createAttribute(PropertyColumns.text(value));
	}

}
