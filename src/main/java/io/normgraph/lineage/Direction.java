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

	/** The walks this direction takes: upstream (true), downstream (false), or both, in that order. */
	boolean[] walks() {
		return switch (this) {
			case UPSTREAM -> new boolean[] { true };
			case DOWNSTREAM -> new boolean[] { false };
			case BOTH -> new boolean[] { true, false };
		};
	}

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
