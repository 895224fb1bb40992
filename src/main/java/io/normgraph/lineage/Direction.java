package io.normgraph.lineage;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import io.normgraph.system.BadParameterException;

/**
 * Upstream follows lineage relationships outward from a node, towards its origins;
 * downstream follows them inward, towards what derives from it.
 */
enum Direction {

	UPSTREAM, DOWNSTREAM, BOTH;

	static Direction parse(@Nullable String value) {
		if (value == null || value.isEmpty()) {
			return UPSTREAM;
		}
		try {
			return valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadParameterException("direction", "direction must be upstream, downstream or both");
		}
	}

}
