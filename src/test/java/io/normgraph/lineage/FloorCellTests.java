package io.normgraph.lineage;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How {@link FloorCell} compares builds: every side once a round, the other builds' order
 * turned each round, and one build against another round by round.
 */
class FloorCellTests {

	@Test
	void theOtherBuildsTakeTurnsInOrderAndEverySideRunsOnceARound() {
		List<String> calls = new ArrayList<>();
		FloorCell cell = new FloorCell("c", "q", 2, 1, 0, side("rest", calls), List.of(side("floor", calls)),
				List.of(side("a", calls), side("b", calls), side("c", calls)), List.of(side("in-process", calls)));
		FloorCell.run(List.of(cell), 0, 3);
		assertThat(calls).containsExactly("rest", "floor", "a", "b", "c", "in-process", "rest", "floor", "c", "a", "b",
				"in-process", "rest", "floor", "b", "c", "a", "in-process");
		cell.sides(0).forEach((side) -> assertThat(side.times()).hasSize(3));
	}

	@Test
	void thePairedMedianIsTheMedianOfTheRoundByRoundDifferences() {
		FloorCell.Side a = new FloorCell.Side("a", () -> {
		}, new ArrayList<>(List.of(10_000_000L, 1_000_000L, 5_000_000L)), new ArrayList<>());
		FloorCell.Side b = new FloorCell.Side("b", () -> {
		}, new ArrayList<>(List.of(11_000_000L, 3_000_000L, 4_000_000L)), new ArrayList<>());
		// Differences 1, 2 and -1 ms: their median is 1, while the medians' difference is 4 - 5 = -1.
		assertThat(FloorCell.pairedMedian(b, a)).isEqualTo(1.0);
	}

	private static FloorCell.Side side(String name, List<String> calls) {
		return new FloorCell.Side(name, () -> calls.add(name));
	}

}
