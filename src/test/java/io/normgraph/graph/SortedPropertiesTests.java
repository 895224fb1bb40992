package io.normgraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The records' property map behaves as the sorted map it replaced (a {@code TreeMap}): the same
 * entries in key order, a later value for a key replacing an earlier one, lookups by key, equal
 * to any map of the same entries; and it cannot be changed behind a record's back.
 */
class SortedPropertiesTests {

	@Test
	void holdsTheEntriesInKeyOrderAsATreeMapWould() {
		Map<String, Object> given = new HashMap<>();
		for (String key : List.of("text", "source", "locator", "number", "heading", "issue", "addedOn", "a", "Z", "é")) {
			given.put(key, key.length());
		}
		given.put("absent", null);

		SortedProperties sorted = SortedProperties.of(given);

		assertThat(sorted).isEqualTo(new TreeMap<>(given)).hasSameHashCodeAs(new TreeMap<>(given));
		assertThat(List.copyOf(sorted.keySet())).containsExactlyElementsOf(new TreeMap<>(given).keySet());
		assertThat(sorted.get("heading")).isEqualTo(7);
		assertThat(sorted.get("nothing")).isNull();
		assertThat(sorted.get(42)).isNull();
		assertThat(sorted.containsKey("absent")).isTrue();
		assertThat(sorted.containsKey("nothing")).isFalse();
		assertThat(SortedProperties.of(sorted)).isSameAs(sorted);
	}

	@Test
	void morePropertiesGoOverTheOnesGiven() {
		SortedProperties sorted = SortedProperties.of(Map.of("depth", 9, "id", "x", "path", "old"));

		SortedProperties more = SortedProperties.of(sorted, Map.of("path", List.of("a", "x"), "depth", 2, "within", "w"));

		assertThat(more).isEqualTo(Map.of("depth", 2, "id", "x", "path", List.of("a", "x"), "within", "w"));
		assertThat(List.copyOf(more.keySet())).containsExactly("depth", "id", "path", "within");
		assertThat(sorted).isEqualTo(Map.of("depth", 9, "id", "x", "path", "old"));
		assertThat(SortedProperties.of(new HashMap<>(), Map.of())).isEmpty();
	}

	@Test
	void leavesOutTwoKeys() {
		SortedProperties sorted = SortedProperties.of(Map.of("id", "x", "name", "X", "source", "s", "a", 1));

		assertThat(sorted.without("id", "name")).isEqualTo(Map.of("a", 1, "source", "s"));
		assertThat(SortedProperties.of(Map.of("id", "x")).without("id", "name")).isEmpty();
	}

	@Test
	void cannotBeChanged() {
		SortedProperties sorted = SortedProperties.of(Map.of("id", "x"));

		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> sorted.put("id", "y"));
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> sorted.remove("id"));
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> sorted.entrySet().iterator().next().setValue("y"));
		assertThat(sorted).containsEntry("id", "x");
	}

}
