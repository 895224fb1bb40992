package io.normgraph.reuse;

import java.util.Arrays;

/**
 * The inverted index: fingerprint key to the provisions (ordinals) that have it, in primitive
 * arrays (8 bytes a posting, 12 a distinct key at most two-thirds full), newest first. Appends
 * come from one thread; reads may run in parallel between appends.
 */
final class Postings {

	private static final int NONE = -1;

	private int[] keys = new int[1 << 16];

	private int[] heads = filled(1 << 16);

	private int[] counts = new int[1 << 16];

	private int used;

	private int[] ordinals = new int[1 << 16];

	private int[] next = new int[1 << 16];

	private int size;

	void add(int key, int ordinal) {
		if (this.used * 3 >= this.keys.length * 2) {
			rehash();
		}
		int slot = slot(key);
		if (this.heads[slot] == NONE) {
			this.keys[slot] = key;
			this.used++;
		}
		if (this.size == this.ordinals.length) {
			this.ordinals = Arrays.copyOf(this.ordinals, this.size + (this.size >> 1));
			this.next = Arrays.copyOf(this.next, this.ordinals.length);
		}
		this.ordinals[this.size] = ordinal;
		this.next[this.size] = this.heads[slot];
		this.heads[slot] = this.size++;
		this.counts[slot]++;
	}

	/** How many provisions have the key (a provision is added once per distinct key). */
	int count(int key) {
		int slot = slot(key);
		return (this.heads[slot] == NONE) ? 0 : this.counts[slot];
	}

	/** The first posting of the key, or -1; walk on with {@link #next(int)}. */
	int head(int key) {
		return this.heads[slot(key)];
	}

	int next(int posting) {
		return this.next[posting];
	}

	int ordinal(int posting) {
		return this.ordinals[posting];
	}

	int size() {
		return this.size;
	}

	/** Bytes held by the arrays. */
	long bytes() {
		return 4L * (this.keys.length + this.heads.length + this.counts.length + this.ordinals.length
				+ this.next.length);
	}

	private int slot(int key) {
		int mask = this.keys.length - 1;
		int h = key * 0x9E3779B9;
		int slot = (h ^ (h >>> 16)) & mask;
		while (this.heads[slot] != NONE && this.keys[slot] != key) {
			slot = (slot + 1) & mask;
		}
		return slot;
	}

	private void rehash() {
		int[] oldKeys = this.keys;
		int[] oldHeads = this.heads;
		int[] oldCounts = this.counts;
		this.keys = new int[oldKeys.length * 2];
		this.heads = filled(oldKeys.length * 2);
		this.counts = new int[oldKeys.length * 2];
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldHeads[i] != NONE) {
				int slot = slot(oldKeys[i]);
				this.keys[slot] = oldKeys[i];
				this.heads[slot] = oldHeads[i];
				this.counts[slot] = oldCounts[i];
			}
		}
	}

	private static int[] filled(int length) {
		int[] array = new int[length];
		Arrays.fill(array, NONE);
		return array;
	}

}
