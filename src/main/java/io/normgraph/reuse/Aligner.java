package io.normgraph.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Verification of a candidate pair, seed-and-extend as in BLAST: the shingles the two texts
 * share (boilerplate excepted) are seeds; seeds that follow each other on nearby diagonals are
 * chained into passages (bridging substitutions, insertions and deletions of up to
 * {@code maxGap} words and a drift of {@code maxDrift}); each passage is then aligned by banded
 * Smith-Waterman, which settles where it starts and ends. Reordered sentences become separate
 * passages.
 */
final class Aligner {

	/** A shingle repeated more often than this in one text is that text's own boilerplate. */
	private static final int MAX_REPEATS = 8;

	/** Cells of one banded alignment at most; a larger box keeps the chain's own bounds. */
	private static final long MAX_CELLS = 16_000_000;

	private final ReuseSettings settings;

	private final Boilerplate boilerplate;

	Aligner(ReuseSettings settings, Boilerplate boilerplate) {
		this.settings = settings;
		this.boilerplate = boilerplate;
	}

	@Nullable Alignment align(TextProfile a, TextProfile b) {
		List<Chain> chains = chains(seeds(a, b));
		int k = this.settings.shingleWords();
		int pad = k + 2;
		List<int[]> spans = new ArrayList<>();
		for (Chain c : chains) {
			int a0 = Math.max(0, c.firstI - pad);
			int a1 = Math.min(a.words().size(), c.lastI + k + pad);
			int b0 = Math.max(0, c.firstJ - pad);
			int b1 = Math.min(b.words().size(), c.lastJ + k + pad);
			int dLo = c.minDiagonal - pad;
			int dHi = c.maxDiagonal + pad;
			int[] span = ((long) (a1 - a0) * (dHi - dLo + 1) > MAX_CELLS)
					? new int[] { c.firstI, c.lastI + k, c.firstJ, c.lastJ + k }
					: BandedSmithWaterman.align(a.words(), a0, a1, b.words(), b0, b1, dLo, dHi);
			if (span != null && span[1] - span[0] >= this.settings.minSpanWords()
					&& span[3] - span[2] >= this.settings.minSpanWords()) {
				spans.add(span);
			}
		}
		if (spans.isEmpty()) {
			return null;
		}
		spans = withoutNested(spans);
		return new Alignment(spans, covered(spans, 0) / (double) a.words().size(),
				covered(spans, 2) / (double) b.words().size(), Shingles.jaccard(a.distinct(), b.distinct()));
	}

	/** Shared non-boilerplate shingles as {@code (i << 32) | j}, in the order of i. */
	long[] seeds(TextProfile a, TextProfile b) {
		long[] bs = b.shingles();
		int capacity = Integer.highestOneBit(Math.max(4, bs.length * 2)) * 2;
		int mask = capacity - 1;
		long[] keys = new long[capacity];
		int[] first = new int[capacity];
		int[] repeats = new int[capacity];
		Arrays.fill(first, -1);
		int[] next = new int[bs.length];
		for (int j = bs.length - 1; j >= 0; j--) {
			if (this.boilerplate.contains(bs[j])) {
				continue;
			}
			int slot = slot(keys, first, mask, bs[j]);
			keys[slot] = bs[j];
			next[j] = first[slot];
			first[slot] = j;
			repeats[slot]++;
		}
		long[] seeds = new long[16];
		int count = 0;
		long[] as = a.shingles();
		for (int i = 0; i < as.length; i++) {
			int slot = slot(keys, first, mask, as[i]);
			if (first[slot] < 0 || repeats[slot] > MAX_REPEATS || this.boilerplate.contains(as[i])) {
				continue;
			}
			for (int j = first[slot]; j >= 0; j = next[j]) {
				if (count == seeds.length) {
					seeds = Arrays.copyOf(seeds, count * 2);
				}
				seeds[count++] = ((long) i << 32) | j;
			}
		}
		return Arrays.copyOf(seeds, count);
	}

	private static int slot(long[] keys, int[] first, int mask, long key) {
		int slot = (int) Shingles.mix(key) & mask;
		while (first[slot] >= 0 && keys[slot] != key) {
			slot = (slot + 1) & mask;
		}
		return slot;
	}

	/** Seeds chained into passages: each seed joins the open chain whose diagonal is nearest, within reach. */
	List<Chain> chains(long[] seeds) {
		int reach = this.settings.maxGap() + this.settings.shingleWords();
		List<Chain> open = new ArrayList<>();
		List<Chain> closed = new ArrayList<>();
		for (long seed : seeds) {
			int i = (int) (seed >>> 32);
			int j = (int) seed;
			Chain best = null;
			int bestDrift = Integer.MAX_VALUE;
			for (int c = open.size() - 1; c >= 0; c--) {
				Chain chain = open.get(c);
				if (i - chain.lastI > reach) {
					closed.add(open.remove(c));
					continue;
				}
				int drift = Math.abs((i - j) - (chain.lastI - chain.lastJ));
				if (i > chain.lastI && j > chain.lastJ && j - chain.lastJ <= reach
						&& drift <= this.settings.maxDrift() && drift < bestDrift) {
					best = chain;
					bestDrift = drift;
				}
			}
			if (best == null) {
				open.add(new Chain(i, j));
			}
			else {
				best.extend(i, j);
			}
		}
		closed.addAll(open);
		closed.removeIf((chain) -> chain.seeds < 2);
		return closed;
	}

	/** Spans not inside another on both sides, in the order of a. */
	private static List<int[]> withoutNested(List<int[]> spans) {
		spans.sort(Comparator.<int[]>comparingInt((s) -> s[0]).thenComparingInt((s) -> -s[1]));
		List<int[]> kept = new ArrayList<>();
		for (int[] s : spans) {
			boolean nested = kept.stream()
				.anyMatch((k) -> k[0] <= s[0] && s[1] <= k[1] && k[2] <= s[2] && s[3] <= k[3]);
			if (!nested) {
				kept.add(s);
			}
		}
		return kept;
	}

	/** Words of one side inside the union of the spans: side 0 for a, 2 for b. */
	static long covered(List<int[]> spans, int side) {
		return Ranges.union(spans.stream().map((s) -> new int[] { s[side], s[side + 1] })
			.collect(java.util.stream.Collectors.toList()));
	}

	/** A run of seeds on nearby diagonals. */
	static final class Chain {

		final int firstI;

		final int firstJ;

		int lastI;

		int lastJ;

		int minDiagonal;

		int maxDiagonal;

		int seeds = 1;

		Chain(int i, int j) {
			this.firstI = i;
			this.firstJ = j;
			this.lastI = i;
			this.lastJ = j;
			this.minDiagonal = i - j;
			this.maxDiagonal = i - j;
		}

		void extend(int i, int j) {
			this.lastI = i;
			this.lastJ = j;
			this.minDiagonal = Math.min(this.minDiagonal, i - j);
			this.maxDiagonal = Math.max(this.maxDiagonal, i - j);
			this.seeds++;
		}

	}

}
