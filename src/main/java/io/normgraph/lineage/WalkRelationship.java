package io.normgraph.lineage;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.Relationship;

import io.normgraph.graph.GraphRelationship;

/**
 * A relationship a {@link LineageWalk} met: its type, the element ids of its ends, its
 * provenance (which makes its stable id) and, when read whole, every property.
 */
record WalkRelationship(String elementId, String type, String start, String end, @Nullable Object source,
		@Nullable Object locator, @Nullable Map<String, Object> properties) {

	/** The driver's relationship read once, its properties straight into the answer's form ({@link WalkNode#of}). */
	static WalkRelationship of(Relationship relationship) {
		return of(relationship.elementId(), relationship.type(), relationship.startNodeElementId(),
				relationship.endNodeElementId(), GraphRelationship.propertiesOf(relationship));
	}

	/** The relationship read whole (through the driver or in-process), its provenance taken from its properties. */
	static WalkRelationship of(String elementId, String type, String start, String end, Map<String, Object> properties) {
		return new WalkRelationship(elementId, type, start, end, properties.get("source"), properties.get("locator"),
				properties);
	}

	boolean loaded() {
		return this.properties != null;
	}

	/** As the API shows it, with the ids of its ends; without properties when minimal or not loaded. */
	GraphRelationship graphRelationship(String startId, String endId, boolean properties) {
		String id = GraphRelationship.key(this.type, startId, endId, this.source, this.locator);
		return new GraphRelationship(id, this.type, startId, endId,
				(properties && this.properties != null) ? this.properties : Map.of());
	}

}
