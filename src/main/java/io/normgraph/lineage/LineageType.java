package io.normgraph.lineage;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import io.normgraph.system.BadParameterException;

/**
 * The relationship types a lineage may follow: an allow-list, so a type reaches Cypher only
 * as one of these constants. {@code PART_OF} is not followed as a hop: it switches on
 * inheritance, by which a provision inherits the lineage of the provisions and instrument it
 * is part of (upstream), and the parts of a derived instrument inherit its derivation
 * (downstream).
 */
enum LineageType {

	DERIVES_FROM, CROSS_REFERENCES, FOLLOWS, CONCERNS, PART_OF;

	static final Set<LineageType> DEFAULTS = EnumSet.of(DERIVES_FROM, CROSS_REFERENCES, PART_OF);

	static Set<LineageType> parse(@Nullable List<String> values) {
		if (values == null || values.isEmpty()) {
			return DEFAULTS;
		}
		Set<LineageType> types = EnumSet.noneOf(LineageType.class);
		for (String value : values) {
			for (String part : value.split(",")) {
				types.add(parseOne(part.trim()));
			}
		}
		if (types.equals(EnumSet.of(PART_OF))) {
			throw new BadParameterException("types", "types must name at least one relationship to follow besides PART_OF");
		}
		return types;
	}

	private static LineageType parseOne(String value) {
		for (LineageType type : values()) {
			if (type.name().equals(value)) {
				return type;
			}
		}
		throw new BadParameterException("types", "types must be a list of "
				+ Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
	}

}
