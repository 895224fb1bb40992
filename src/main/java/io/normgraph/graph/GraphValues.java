package io.normgraph.graph;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * Reading the driver's values into the records the API answers with.
 */
public final class GraphValues {

	private GraphValues() {
	}

	/** The string, or null where Cypher returned null (an absent property). */
	public static @Nullable String text(Value value) {
		return value.isNull() ? null : value.asString();
	}

}
