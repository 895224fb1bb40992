package io.normgraph.reuse;

import java.util.Arrays;

import io.normgraph.text.Words;

/**
 * Word shingles (k consecutive words, compared without case) as 64-bit hashes, and the winnowed
 * fingerprints that the index keeps of them (Schleimer, Wilkerson and Aiken, SIGMOD 2003: the
 * smallest hash of every window of consecutive shingles, so any shared run of
 * {@code window + k - 1} words is sure to share one).
 */
final class Shingles {

	private Shingles() {
	}

	/** The hash of the shingle starting at each word, {@code words - k + 1} of them. */
	static long[] of(Words words, int k) {
		int n = words.size() - k + 1;
		if (n <= 0) {
			return new long[0];
		}
		long[] hashes = new long[n];
		for (int i = 0; i < n; i++) {
			long h = 0x2545F4914F6CDD1DL;
			for (int t = 0; t < k; t++) {
				h = (h + words.hash(i + t)) * 0x9E3779B97F4A7C15L;
			}
			hashes[i] = mix(h);
		}
		return hashes;
	}

	/** The distinct values, sorted. */
	static long[] distinct(long[] hashes) {
		long[] sorted = hashes.clone();
		Arrays.sort(sorted);
		int n = 0;
		for (int i = 0; i < sorted.length; i++) {
			if (i == 0 || sorted[i] != sorted[i - 1]) {
				sorted[n++] = sorted[i];
			}
		}
		return Arrays.copyOf(sorted, n);
	}

	/**
	 * The distinct winnowed fingerprints: in every window of {@code window} consecutive shingles,
	 * the smallest hash (the rightmost on a tie); a text shorter than a window keeps its smallest.
	 */
	static long[] winnow(long[] hashes, int window) {
		if (hashes.length == 0) {
			return hashes;
		}
		int w = Math.min(window, hashes.length);
		long[] picked = new long[hashes.length - w + 1];
		int count = 0;
		int last = -1;
		for (int start = 0; start + w <= hashes.length; start++) {
			int min = start;
			for (int i = start + 1; i < start + w; i++) {
				if (hashes[i] <= hashes[min]) {
					min = i;
				}
			}
			if (min != last) {
				picked[count++] = hashes[min];
				last = min;
			}
		}
		return distinct(Arrays.copyOf(picked, count));
	}

	/** The index's 32-bit key of a shingle hash. */
	static int key(long hash) {
		return (int) (hash ^ (hash >>> 32));
	}

	/** Jaccard similarity of two sorted sets of distinct values. */
	static double jaccard(long[] a, long[] b) {
		if (a.length == 0 && b.length == 0) {
			return 0;
		}
		int i = 0;
		int j = 0;
		int shared = 0;
		while (i < a.length && j < b.length) {
			if (a[i] == b[j]) {
				shared++;
				i++;
				j++;
			}
			else if (a[i] < b[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		return (double) shared / (a.length + b.length - shared);
	}

	/** SplitMix64's finaliser: every input bit affects every output bit. */
	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
