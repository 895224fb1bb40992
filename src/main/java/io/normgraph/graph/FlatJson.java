package io.normgraph.graph;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Nodes and relationships as JSON: their fields, then every property in key order, flattened
 * beside them, exactly as {@code @JsonPropertyOrder} and {@code @JsonAnyGetter} on the records
 * describe them (which the API documentation reads). Written straight to the generator rather
 * than through the any-getter's map serializer, which looks up a serializer for every value of
 * every node of an answer. Strings, numbers, booleans and lists are written here; any other
 * value (a date, a map) by Jackson as before.
 */
final class FlatJson {

	private FlatJson() {
	}

	static final class NodeSerializer extends StdSerializer<GraphNode> {

		NodeSerializer() {
			super(GraphNode.class);
		}

		@Override
		public void serialize(GraphNode node, JsonGenerator json, SerializationContext context) {
			json.writeStartObject(node);
			json.writeStringProperty("id", node.id());
			json.writeName("labels");
			writeValue(node.labels(), json, context);
			json.writeStringProperty("name", node.name());
			writeProperties(node.properties(), json, context);
			json.writeEndObject();
		}

	}

	static final class RelationshipSerializer extends StdSerializer<GraphRelationship> {

		RelationshipSerializer() {
			super(GraphRelationship.class);
		}

		@Override
		public void serialize(GraphRelationship relationship, JsonGenerator json, SerializationContext context) {
			json.writeStartObject(relationship);
			json.writeStringProperty("id", relationship.id());
			json.writeStringProperty("type", relationship.type());
			json.writeStringProperty("start", relationship.start());
			json.writeStringProperty("end", relationship.end());
			writeProperties(relationship.properties(), json, context);
			json.writeEndObject();
		}

	}

	private static void writeProperties(Map<String, Object> properties, JsonGenerator json, SerializationContext context) {
		if (properties instanceof SortedProperties sorted) {
			// The records' own map: read in place, no entry made per property.
			for (int i = 0; i < sorted.size(); i++) {
				json.writeName(sorted.key(i));
				writeValue(sorted.value(i), json, context);
			}
			return;
		}
		for (Map.Entry<String, Object> property : properties.entrySet()) {
			json.writeName(property.getKey());
			writeValue(property.getValue(), json, context);
		}
	}

	private static void writeValue(@Nullable Object value, JsonGenerator json, SerializationContext context) {
		if (value instanceof String text) {
			json.writeString(text);
		}
		else if (value instanceof Long number) {
			json.writeNumber(number);
		}
		else if (value instanceof Integer number) {
			json.writeNumber(number);
		}
		else if (value instanceof Double number) {
			json.writeNumber(number);
		}
		else if (value instanceof Boolean bool) {
			json.writeBoolean(bool);
		}
		else if (value instanceof List<?> list) {
			json.writeStartArray(list, list.size());
			for (Object element : list) {
				writeValue(element, json, context);
			}
			json.writeEndArray();
		}
		else {
			context.writeValue(json, value);
		}
	}

}
