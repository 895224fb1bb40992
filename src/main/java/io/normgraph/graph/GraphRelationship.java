package io.normgraph.graph;

import java.util.Collections;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.Relationship;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A relationship as the API shows it: type, the ids of its start and end nodes, a key that
 * is stable across imports, and its properties (provenance included) flattened beside them.
 */
@JsonSerialize(using = FlatJson.RelationshipSerializer.class)
@JsonPropertyOrder({ "id", "type", "start", "end" })
public record GraphRelationship(String id, String type, String start, String end,
		@JsonIgnore Map<String, Object> properties) {

	public GraphRelationship {
		properties = SortedProperties.of(properties);
	}

	@JsonAnyGetter
	Map<String, Object> flattened() {
		return this.properties;
	}

	/** This relationship with its id, type and ends only ({@link Fields#MINIMAL}). */
	public GraphRelationship minimal() {
		return new GraphRelationship(this.id, this.type, this.start, this.end, Map.of());
	}

	/** This relationship with one more property, e.g. {@code undated} in an as-of answer. */
	public GraphRelationship with(String key, Object value) {
		return new GraphRelationship(this.id, this.type, this.start, this.end,
				SortedProperties.of(this.properties, Collections.singletonMap(key, value)));
	}

	/**
	 * A relationship is identified by (type, start, end, source, locator), the same key the
	 * importer merges on, so this id survives re-imports.
	 */
	public static GraphRelationship of(Relationship relationship, String start, String end) {
		Map<String, Object> properties = propertiesOf(relationship);
		return new GraphRelationship(key(relationship.type(), start, end, properties.get("source"), properties.get("locator")),
				relationship.type(), start, end, properties);
	}

	/**
	 * The relationship's properties as a relationship made from them keeps them, read from the
	 * driver's values once: for a caller that learns the ids of its ends later.
	 */
	public static Map<String, Object> propertiesOf(Relationship relationship) {
		return SortedProperties.of(relationship, Map.of());
	}

	/** The identity of a relationship, in the graph and in the API: {@code start|TYPE|end|source|locator}. */
	public static String key(String type, String start, String end, @Nullable Object source, @Nullable Object locator) {
		return start + "|" + type + "|" + end + "|" + ((source != null) ? source : "") + "|"
				+ ((locator != null) ? locator : "");
	}

}
