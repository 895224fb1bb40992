package io.normgraph.version;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.normgraph.graph.GraphNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class VersionOrderTests {

	@Test
	void eachVersionAfterWhatItSupersedesOnlyTheLastCurrent() {
		Map<String, GraphNode> versions = versions(version("c", "2008-04-25"), version("a", "2007-02-01"),
				version("b", "2008-04-24"));
		List<Versions.Entry> ordered = VersionOrder.order(versions, Map.of("b", List.of("a"), "c", List.of("b")));
		assertThat(ordered).extracting((entry) -> entry.version().id(), Versions.Entry::supersedes, Versions.Entry::current)
			.containsExactly(tuple("a", List.of(), false), tuple("b", List.of("a"), false), tuple("c", List.of("b"), true));
	}

	/** Succession wins over dates: a later draft dated earlier by mistake still comes after the one it revises. */
	@Test
	void successionBeforeDatesDatesBeforeIdsUndatedLast() {
		Map<String, GraphNode> versions = versions(version("revised", "2001-01-01"), version("original", "2005-01-01"),
				version("parallel", null), version("alternative", "2003-01-01"));
		List<Versions.Entry> ordered = VersionOrder.order(versions, Map.of("revised", List.of("original")));
		assertThat(ordered).extracting((entry) -> entry.version().id())
			.containsExactly("alternative", "original", "revised", "parallel");
		assertThat(ordered).filteredOn(Versions.Entry::current)
			.extracting((entry) -> entry.version().id())
			.containsExactlyInAnyOrder("alternative", "revised", "parallel");
	}

	/** Versions left out of the answer (dated after an as-of date) do not count as superseding or superseded. */
	@Test
	void supersededVersionsOutsideTheAnswerAreIgnored() {
		List<Versions.Entry> ordered = VersionOrder.order(versions(version("b", "2008-04-24")),
				Map.of("b", List.of("a")));
		assertThat(ordered).extracting(Versions.Entry::supersedes, Versions.Entry::current)
			.containsExactly(tuple(List.of(), true));
	}

	@Test
	void aCycleThatReachedTheGraphAnywayComesLastByDate() {
		List<Versions.Entry> ordered = VersionOrder.order(
				versions(version("x", "2002-01-01"), version("y", "2001-01-01"), version("z", "2000-01-01")),
				Map.of("x", List.of("y"), "y", List.of("x")));
		assertThat(ordered).extracting((entry) -> entry.version().id()).containsExactly("z", "y", "x");
	}

	private static Map<String, GraphNode> versions(GraphNode... nodes) {
		Map<String, GraphNode> map = new LinkedHashMap<>();
		for (GraphNode node : nodes) {
			map.put(node.id(), node);
		}
		return map;
	}

	private static GraphNode version(String id, String date) {
		return new GraphNode(id, List.of("Version"), id,
				(date != null) ? Map.of("validFrom", LocalDate.parse(date)) : Map.of());
	}

}
