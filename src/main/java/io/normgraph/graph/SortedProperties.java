package io.normgraph.graph;

import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.types.Entity;

/**
 * The properties of a {@link GraphNode} or {@link GraphRelationship}, in key order: copied once
 * when one is made, not again by the record's constructor (a lineage of a few hundred nodes
 * copied each node's map four times on its way to JSON).
 */
final class SortedProperties extends TreeMap<String, Object> {

	private SortedProperties() {
	}

	private SortedProperties(Map<String, ?> properties) {
		super(properties);
	}

	/** These properties as they are when already sorted by a record here, else a sorted copy. */
	static SortedProperties of(Map<String, ?> properties) {
		return (properties instanceof SortedProperties sorted) ? sorted : new SortedProperties(properties);
	}

	/** A sorted copy of {@code properties} with {@code more} put over them. */
	static SortedProperties of(Map<String, ?> properties, Map<String, ?> more) {
		SortedProperties copy = new SortedProperties(properties);
		copy.putAll(more);
		return copy;
	}

	/**
	 * The properties of a node or relationship of the driver, with {@code more} put over them,
	 * read value by value into this map (the driver's {@code asMap()} builds a map of its own first).
	 */
	static SortedProperties of(Entity entity, Map<String, ?> more) {
		SortedProperties properties = new SortedProperties();
		for (String key : entity.keys()) {
			properties.put(key, entity.get(key).asObject());
		}
		properties.putAll(more);
		return properties;
	}

}
