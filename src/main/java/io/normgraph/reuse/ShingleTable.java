package io.normgraph.reuse;

import java.util.Arrays;

/**
 * Where each shingle of one text occurs: an open-addressing table from shingle hash to its
 * positions, built once per text so that verifying a long text against many short ones costs
 * the short ones' length each time, not the long one's.
 */
final class ShingleTable {

	private final long[] keys;

	private final int[] first;

	private final int[] repeats;

	private final int[] next;

	private final int mask;

	ShingleTable(long[] shingles) {
		int capacity = Integer.highestOneBit(Math.max(4, shingles.length * 2)) * 2;
		this.mask = capacity - 1;
		this.keys = new long[capacity];
		this.first = new int[capacity];
		this.repeats = new int[capacity];
		Arrays.fill(this.first, -1);
		this.next = new int[shingles.length];
		for (int j = shingles.length - 1; j >= 0; j--) {
			int slot = probe(shingles[j]);
			this.keys[slot] = shingles[j];
			this.next[j] = this.first[slot];
			this.first[slot] = j;
			this.repeats[slot]++;
		}
	}

	/** The slot holding the shingle, or -1 when the text does not have it. */
	int find(long shingle) {
		int slot = probe(shingle);
		return (this.first[slot] < 0) ? -1 : slot;
	}

	/** The first position of the slot's shingle; walk on with {@link #next(int)} until negative. */
	int first(int slot) {
		return this.first[slot];
	}

	int next(int position) {
		return this.next[position];
	}

	/** How often the slot's shingle occurs in the text. */
	int repeats(int slot) {
		return this.repeats[slot];
	}

	private int probe(long shingle) {
		int slot = (int) Shingles.mix(shingle) & this.mask;
		while (this.first[slot] >= 0 && this.keys[slot] != shingle) {
			slot = (slot + 1) & this.mask;
		}
		return slot;
	}

}
