package io.normgraph.reuse;

import java.util.Arrays;

import org.apache.datasketches.frequencies.ErrorType;
import org.apache.datasketches.frequencies.LongsSketch;

/**
 * Which shingles are boilerplate: those in more provisions than
 * {@link ReuseSettings#boilerplateCutoff(long)}. Document frequencies are counted in bounded
 * memory by Apache DataSketches' frequent-items sketch (each provision counts a shingle once);
 * a shingle is called boilerplate only when the sketch's lower bound is over the cut-off, so
 * the sketch's error can let a little boilerplate through but never drops a real copy.
 */
final class Boilerplate {

	/** About 10 MiB; the error bound is about 3.5 / 2^19 of all shingles counted. */
	private static final int MAX_MAP_SIZE = 1 << 19;

	private final LongsSketch sketch = new LongsSketch(MAX_MAP_SIZE);

	private long[] frozen = new long[0];

	/** Counts the distinct shingles of one provision. */
	void count(long[] distinctShingles) {
		for (long shingle : distinctShingles) {
			this.sketch.update(shingle);
		}
	}

	/** Fixes the boilerplate set for what was counted so far. */
	void freeze(long cutoff) {
		LongsSketch.Row[] rows = this.sketch.getFrequentItems(cutoff, ErrorType.NO_FALSE_POSITIVES);
		long[] items = new long[rows.length];
		for (int i = 0; i < rows.length; i++) {
			items[i] = rows[i].getItem();
		}
		Arrays.sort(items);
		this.frozen = items;
	}

	/** Whether the shingle was boilerplate when last frozen. */
	boolean contains(long shingle) {
		return this.frozen.length > 0 && Arrays.binarySearch(this.frozen, shingle) >= 0;
	}

	int size() {
		return this.frozen.length;
	}

}
