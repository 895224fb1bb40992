package io.normgraph.lineage;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.Relationship;

import io.normgraph.graph.GraphRelationship;

/**
 * A relationship a {@link LineageWalk} met: its type, the element ids of its ends, its
 * provenance (which makes its stable id) and, when read whole, the driver's relationship with
 * every property.
 */
record WalkRelationship(String elementId, String type, String start, String end, @Nullable Object source,
		@Nullable Object locator, @Nullable Relationship relationship) {

	static WalkRelationship of(Relationship relationship) {
		return new WalkRelationship(relationship.elementId(), relationship.type(), relationship.startNodeElementId(),
				relationship.endNodeElementId(), relationship.get("source").asObject(),
				relationship.get("locator").asObject(), relationship);
	}

	boolean loaded() {
		return this.relationship != null;
	}

	/** As the API shows it, with the ids of its ends; without properties when minimal or not loaded. */
	GraphRelationship graphRelationship(String startId, String endId, boolean properties) {
		if (properties && this.relationship != null) {
			return GraphRelationship.of(this.relationship, startId, endId);
		}
		return new GraphRelationship(GraphRelationship.key(this.type, startId, endId, this.source, this.locator),
				this.type, startId, endId, Map.of());
	}

}
