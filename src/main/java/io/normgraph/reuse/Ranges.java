package io.normgraph.reuse;

import java.util.Comparator;
import java.util.List;

/** Half-open ranges {@code {start, end}}. */
final class Ranges {

	private Ranges() {
	}

	/** How much the union of the ranges covers (sorts the list). */
	static long union(List<int[]> ranges) {
		ranges.sort(Comparator.comparingInt((r) -> r[0]));
		long total = 0;
		int end = Integer.MIN_VALUE;
		for (int[] r : ranges) {
			int from = Math.max(r[0], end);
			if (r[1] > from) {
				total += r[1] - from;
			}
			end = Math.max(end, r[1]);
		}
		return total;
	}

}
