package io.normgraph.export;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The property keys that occur in a set of nodes or relationships, each with whether all its
 * values are whole numbers, in a stable (sorted) order; and how a value is written as text.
 */
final class PropertyColumns {

	private PropertyColumns() {
	}

	/** Key to "every value is an integer". */
	static Map<String, Boolean> of(Collection<Map<String, Object>> propertyMaps) {
		Map<String, Boolean> columns = new TreeMap<>();
		for (Map<String, Object> properties : propertyMaps) {
			properties.forEach((key, value) -> columns.merge(key, isInteger(value), Boolean::logicalAnd));
		}
		return columns;
	}

	static String text(Object value) {
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).collect(Collectors.joining(";"));
		}
		return String.valueOf(value);
	}

	private static boolean isInteger(Object value) {
		return value instanceof Long || value instanceof Integer;
	}

}
