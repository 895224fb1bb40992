package io.normgraph.graph;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * A node named but not shown: its id and name, e.g. the actor of a stance or the forum of a
 * meeting.
 */
public record NodeRef(String id, String name) {

	/** A reference from a map value {@code {id, name}}, or null when the value is null. */
	public static @Nullable NodeRef of(Value value) {
		if (value.isNull()) {
			return null;
		}
		String id = value.get("id").asString();
		return new NodeRef(id, value.get("name").asString(id));
	}

}
