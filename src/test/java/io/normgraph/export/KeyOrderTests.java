package io.normgraph.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.normgraph.graph.GraphRelationship;

import static org.assertj.core.api.Assertions.assertThat;

class KeyOrderTests {

	@Test
	void anIdThatBeginsOthersGoesAfterThemAsItsKeySortsThere() {
		List<GraphRelationship> written = stream(List.of(rel("trips", "PART_OF", "wto"),
				rel("trips-art-51", "PART_OF", "trips"), rel("trips-art-51-fn-14", "PART_OF", "trips-art-51"),
				rel("trips-art-6", "PART_OF", "trips"), rel("tripsx", "PART_OF", "trips")));
		assertThat(written).extracting(GraphRelationship::start)
			.containsExactly("trips-art-51-fn-14", "trips-art-51", "trips-art-6", "tripsx", "trips");
		assertThat(written).isSortedAccordingTo(Comparator.comparing(GraphRelationship::id));
	}

	@Test
	void anyGraphComesOutInStableIdOrder() {
		SplittableRandom random = new SplittableRandom(7);
		for (int round = 0; round < 50; round++) {
			List<String> ids = new ArrayList<>();
			for (int i = 0; i < 60; i++) {
				ids.add("n-" + random.nextInt(3) + (random.nextBoolean() ? "" : "-" + random.nextInt(30))
						+ (random.nextInt(4) == 0 ? "-" + random.nextInt(12) : ""));
			}
			List<GraphRelationship> all = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				all.add(rel(ids.get(random.nextInt(ids.size())), random.nextBoolean() ? "PART_OF" : "PART_OF_X",
						ids.get(random.nextInt(ids.size())), "s" + random.nextInt(3)));
			}
			List<GraphRelationship> expected = new ArrayList<>(all.stream().distinct().toList());
			expected.sort(Comparator.comparing(GraphRelationship::id));
			assertThat(stream(expected)).containsExactlyElementsOf(expected);
		}
	}

	/** The relationships grouped by start in id order, as the database streams them, through a KeyOrder. */
	private static List<GraphRelationship> stream(List<GraphRelationship> relationships) {
		Map<String, List<GraphRelationship>> byStart = new TreeMap<>();
		List<GraphRelationship> shuffled = new ArrayList<>(relationships);
		java.util.Collections.reverse(shuffled);
		shuffled.forEach((r) -> byStart.computeIfAbsent(r.start(), (k) -> new ArrayList<>()).add(r));
		KeyOrder order = new KeyOrder();
		List<GraphRelationship> written = new ArrayList<>();
		byStart.forEach((start, group) -> written.addAll(order.add(start, group)));
		written.addAll(order.finish());
		return written;
	}

	private static GraphRelationship rel(String start, String type, String end) {
		return rel(start, type, end, "li-2008");
	}

	private static GraphRelationship rel(String start, String type, String end, String source) {
		return new GraphRelationship(GraphRelationship.key(type, start, end, source, "p. 1"), type, start, end,
				Map.of("source", source, "locator", "p. 1"));
	}

}
