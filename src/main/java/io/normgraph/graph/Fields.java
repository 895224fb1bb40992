package io.normgraph.graph;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import io.normgraph.system.BadParameterException;

/**
 * How much of each node and relationship a graph answer carries: everything, or what a
 * visualisation needs to draw it (ids, names, labels, depths; a relationship's id, type and
 * ends), so a large answer stays small.
 */
public enum Fields {

	/** Every property, provenance included (the default). */
	ALL,

	/** Nodes: {@code id, labels, name} and, in a lineage, {@code depth} (and {@code within}); relationships: {@code id, type, start, end}. */
	MINIMAL;

	/** The value of a {@code fields} parameter, {@link #ALL} when absent. */
	public static Fields parse(@Nullable String value) {
		if (value == null || value.isEmpty()) {
			return ALL;
		}
		try {
			return valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadParameterException("fields", "fields must be all or minimal (was '" + value + "')");
		}
	}

}
