package io.normgraph.reuse;

import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Half-open ranges {@code {start, end}}. */
final class Ranges {

	private Ranges() {
	}

	/** How much the union of the ranges covers (sorts the list). */
	static long union(List<int[]> ranges) {
		return weightedUnion(ranges, null);
	}

	/**
	 * The weight inside the union of the ranges, where {@code prefix[x]} is the weight of
	 * positions before x (null: every position weighs 1). Sorts the list.
	 */
	static long weightedUnion(List<int[]> ranges, int @Nullable [] prefix) {
		ranges.sort(Comparator.comparingInt((r) -> r[0]));
		long total = 0;
		int end = Integer.MIN_VALUE;
		for (int[] r : ranges) {
			int from = Math.max(r[0], end);
			if (r[1] > from) {
				total += (prefix == null) ? r[1] - from : prefix[r[1]] - prefix[from];
			}
			end = Math.max(end, r[1]);
		}
		return total;
	}

}
