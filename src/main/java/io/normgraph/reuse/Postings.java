package io.normgraph.reuse;

import java.util.Arrays;

/**
 * The inverted index: fingerprint key to the provisions (ordinals) that have it, in primitive
 * arrays. New postings go to per-key linked lists (the delta); {@link #compact()} moves them
 * into one contiguous array with each key's ordinals in ascending order (the base), which reads
 * sequentially and lets a reader stop at the first ordinal it does not want. Compaction runs
 * only once the delta is a quarter of the base, so its cost is amortised over what was added.
 * About 4 bytes a posting in the base, 8 in the delta, 20 a distinct key. Appends and
 * compaction come from one thread; reads may run in parallel between them.
 */
final class Postings {

	private static final int NONE = -1;

	private int[] keys = new int[1 << 16];

	private int[] counts = new int[1 << 16];

	private int[] heads = filled(1 << 16);

	private int[] baseStart = new int[1 << 16];

	private int[] baseLength = new int[1 << 16];

	private int used;

	private int[] base = new int[0];

	private int[] ordinals = new int[1 << 12];

	private int[] next = new int[1 << 12];

	private int deltaSize;

	void add(int key, int ordinal) {
		if (this.used * 3 >= this.keys.length * 2) {
			rehash();
		}
		int slot = slot(key);
		if (this.counts[slot] == 0) {
			this.keys[slot] = key;
			this.used++;
		}
		if (this.deltaSize == this.ordinals.length) {
			this.ordinals = Arrays.copyOf(this.ordinals, this.deltaSize * 2);
			this.next = Arrays.copyOf(this.next, this.ordinals.length);
		}
		this.ordinals[this.deltaSize] = ordinal;
		this.next[this.deltaSize] = this.heads[slot];
		this.heads[slot] = this.deltaSize++;
		this.counts[slot]++;
	}

	/** Moves the delta into the base if it has grown to a quarter of the base. */
	void compact() {
		if (this.deltaSize == 0 || this.deltaSize * 4L < this.base.length) {
			return;
		}
		int[] merged = new int[this.base.length + this.deltaSize];
		int at = 0;
		for (int slot = 0; slot < this.keys.length; slot++) {
			if (this.counts[slot] == 0) {
				continue;
			}
			int start = at;
			System.arraycopy(this.base, this.baseStart[slot], merged, at, this.baseLength[slot]);
			at += this.baseLength[slot];
			int end = at + this.counts[slot] - this.baseLength[slot];
			for (int p = this.heads[slot]; p >= 0; p = this.next[p]) {
				merged[--end] = this.ordinals[p];
			}
			at += this.counts[slot] - this.baseLength[slot];
			this.baseStart[slot] = start;
			this.baseLength[slot] = this.counts[slot];
			this.heads[slot] = NONE;
		}
		this.base = merged;
		this.deltaSize = 0;
		this.ordinals = new int[1 << 12];
		this.next = new int[1 << 12];
	}

	/** The key's slot, or -1 when no provision has it. */
	int find(int key) {
		int slot = slot(key);
		return (this.counts[slot] == 0) ? -1 : slot;
	}

	/** How many provisions have the slot's key (a provision is added once per distinct key). */
	int count(int slot) {
		return this.counts[slot];
	}

	/** Where the slot's compacted postings start in {@link #base(int)}, in ascending order. */
	int baseStart(int slot) {
		return this.baseStart[slot];
	}

	int baseEnd(int slot) {
		return this.baseStart[slot] + this.baseLength[slot];
	}

	int base(int posting) {
		return this.base[posting];
	}

	/** The first posting of the slot's delta, newest first; walk on with {@link #next(int)} until negative. */
	int head(int slot) {
		return this.heads[slot];
	}

	int next(int posting) {
		return this.next[posting];
	}

	int ordinal(int posting) {
		return this.ordinals[posting];
	}

	int size() {
		return this.base.length + this.deltaSize;
	}

	/** Bytes held by the arrays. */
	long bytes() {
		return 4L * (5L * this.keys.length + this.base.length + 2L * this.ordinals.length);
	}

	private int slot(int key) {
		int mask = this.keys.length - 1;
		int h = key * 0x9E3779B9;
		int slot = (h ^ (h >>> 16)) & mask;
		while (this.counts[slot] != 0 && this.keys[slot] != key) {
			slot = (slot + 1) & mask;
		}
		return slot;
	}

	private void rehash() {
		int[] oldKeys = this.keys;
		int[] oldCounts = this.counts;
		int[] oldHeads = this.heads;
		int[] oldStart = this.baseStart;
		int[] oldLength = this.baseLength;
		int capacity = oldKeys.length * 2;
		this.keys = new int[capacity];
		this.counts = new int[capacity];
		this.heads = filled(capacity);
		this.baseStart = new int[capacity];
		this.baseLength = new int[capacity];
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldCounts[i] != 0) {
				int slot = slot(oldKeys[i]);
				this.keys[slot] = oldKeys[i];
				this.counts[slot] = oldCounts[i];
				this.heads[slot] = oldHeads[i];
				this.baseStart[slot] = oldStart[i];
				this.baseLength[slot] = oldLength[i];
			}
		}
	}

	void writeTo(IndexFile.Writer out) throws java.io.IOException {
		out.writeInt(this.used);
		out.writeInt(this.deltaSize);
		for (int[] array : new int[][] { this.keys, this.counts, this.heads, this.baseStart, this.baseLength, this.base,
				this.ordinals, this.next }) {
			out.writeInts(array, array.length);
		}
	}

	static Postings readFrom(IndexFile.Reader in) throws java.io.IOException {
		Postings postings = new Postings();
		postings.used = in.readInt();
		postings.deltaSize = in.readInt();
		postings.keys = in.readInts(0);
		postings.counts = in.readInts(0);
		postings.heads = in.readInts(0);
		postings.baseStart = in.readInts(0);
		postings.baseLength = in.readInts(0);
		postings.base = in.readInts(0);
		postings.ordinals = in.readInts(0);
		postings.next = in.readInts(0);
		if (Integer.bitCount(postings.keys.length) != 1 || postings.counts.length != postings.keys.length
				|| postings.ordinals.length != postings.next.length || postings.deltaSize > postings.ordinals.length) {
			throw new java.io.IOException("the postings in the index file do not fit together: it is damaged");
		}
		return postings;
	}

	private static int[] filled(int length) {
		int[] array = new int[length];
		Arrays.fill(array, NONE);
		return array;
	}

}
