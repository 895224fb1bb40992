package io.normgraph.reuse;

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

	private final LongsSketch sketch;

	/** The boilerplate shingles, an open-addressing set (0 marks a free slot; shingle 0 is never boilerplate). */
	private long[] frozen = new long[1];

	private int size;

	Boilerplate() {
		this(new LongsSketch(MAX_MAP_SIZE));
	}

	private Boilerplate(LongsSketch sketch) {
		this.sketch = sketch;
	}

	/** Counts the distinct shingles of one provision. */
	void count(long[] distinctShingles) {
		for (long shingle : distinctShingles) {
			this.sketch.update(shingle);
		}
	}

	/** Fixes the boilerplate set for what was counted so far. */
	void freeze(long cutoff) {
		LongsSketch.Row[] rows = this.sketch.getFrequentItems(cutoff, ErrorType.NO_FALSE_POSITIVES);
		long[] set = new long[Integer.highestOneBit(Math.max(1, rows.length) * 4)];
		int mask = set.length - 1;
		int count = 0;
		for (LongsSketch.Row row : rows) {
			long item = row.getItem();
			if (item != 0) {
				set[slot(set, mask, item)] = item;
				count++;
			}
		}
		this.frozen = set;
		this.size = count;
	}

	/** Whether the shingle was boilerplate when last frozen. */
	boolean contains(long shingle) {
		return this.size > 0 && shingle != 0 && this.frozen[slot(this.frozen, this.frozen.length - 1, shingle)] == shingle;
	}

	int size() {
		return this.size;
	}

	void writeTo(IndexFile.Writer out) throws java.io.IOException {
		out.writeBytes(this.sketch.toByteArray());
		out.writeInt(this.size);
		out.writeLongs(this.frozen, this.frozen.length);
	}

	static Boilerplate readFrom(IndexFile.Reader in) throws java.io.IOException {
		Boilerplate boilerplate = new Boilerplate(
				LongsSketch.getInstance(org.apache.datasketches.memory.Memory.wrap(in.readBytes())));
		boilerplate.size = in.readInt();
		boilerplate.frozen = in.readLongs(1);
		return boilerplate;
	}

	private static int slot(long[] set, int mask, long item) {
		int slot = (int) Shingles.mix(item) & mask;
		while (set[slot] != 0 && set[slot] != item) {
			slot = (slot + 1) & mask;
		}
		return slot;
	}

}
