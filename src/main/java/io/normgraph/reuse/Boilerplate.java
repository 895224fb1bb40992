package io.normgraph.reuse;

import org.apache.datasketches.frequencies.ErrorType;
import org.apache.datasketches.frequencies.LongsSketch;

/**
 * Which shingles are boilerplate: those in more provisions than
 * {@link ReuseSettings#boilerplateCutoff(long)}. Document frequencies are counted in bounded
 * memory by Apache DataSketches' frequent-items sketch (each provision counts a shingle once);
 * a shingle is called boilerplate only when the sketch's lower bound is over the cut-off, so
 * the sketch's error can let a little boilerplate through but never drops a real copy.
 * <p>
 * Freezing again after a few provisions were counted (a run after an import) looks only at the
 * shingles counted since and at the boilerplate so far, not the whole sketch: no other shingle's
 * lower bound can have risen (the sketch only ever lowers the counts it does not update), so the
 * set is the same as a full freeze would give, as long as the threshold did not fall.
 */
final class Boilerplate {

	/** About 10 MiB; the error bound is about 3.5 / 2^19 of all shingles counted. */
	private static final int MAX_MAP_SIZE = 1 << 19;

	private final LongsSketch sketch;

	/** The boilerplate shingles, an open-addressing set (0 marks a free slot; shingle 0 is never boilerplate). */
	private long[] frozen = new long[1];

	private int size;

	/** The threshold of the last freeze, -1 before the first (or after being read from a file). */
	private long frozenAt = -1;

	/** Shingles counted since the last freeze, as long as they are fewer than {@link #PENDING_MAX}. */
	private long[] pending = new long[1 << 10];

	private int pendingSize;

	private boolean overflow;

	/** Beyond this many shingles counted since the last freeze, a full freeze is as cheap. */
	static final int PENDING_MAX = 1 << 20;

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
		if (this.overflow || this.pendingSize + distinctShingles.length > PENDING_MAX) {
			this.overflow = true;
			return;
		}
		if (this.pendingSize + distinctShingles.length > this.pending.length) {
			this.pending = java.util.Arrays.copyOf(this.pending,
					Math.max(this.pendingSize + distinctShingles.length, this.pending.length * 2));
		}
		System.arraycopy(distinctShingles, 0, this.pending, this.pendingSize, distinctShingles.length);
		this.pendingSize += distinctShingles.length;
	}

	/** Fixes the boilerplate set for what was counted so far. */
	void freeze(long cutoff) {
		// As getFrequentItems: lower bounds at or over the threshold, which is never under the sketch's own maximum error.
		long threshold = Math.max(cutoff, this.sketch.getMaximumError());
		long[] items;
		if (this.frozenAt < 0 || this.overflow || threshold < this.frozenAt) {
			LongsSketch.Row[] rows = this.sketch.getFrequentItems(threshold, ErrorType.NO_FALSE_POSITIVES);
			items = new long[rows.length];
			for (int i = 0; i < rows.length; i++) {
				items[i] = rows[i].getItem();
			}
		}
		else {
			items = java.util.stream.LongStream.concat(java.util.Arrays.stream(this.frozen),
					java.util.Arrays.stream(this.pending, 0, this.pendingSize))
				.filter((item) -> item != 0 && this.sketch.getLowerBound(item) >= threshold)
				.toArray();
		}
		long[] set = new long[Integer.highestOneBit(Math.max(1, items.length) * 4)];
		int mask = set.length - 1;
		int count = 0;
		for (long item : items) {
			int slot = slot(set, mask, item);
			if (item != 0 && set[slot] == 0) {
				set[slot] = item;
				count++;
			}
		}
		this.frozen = set;
		this.size = count;
		this.frozenAt = threshold;
		this.pendingSize = 0;
		this.overflow = false;
		if (this.pending.length > 1 << 16) {
			this.pending = new long[1 << 10];
		}
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
