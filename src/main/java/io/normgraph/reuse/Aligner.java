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
 * {@code maxGap} words and a drift of {@code maxDrift}); a chain whose seeds cover fewer than
 * {@code minSpanWords} words is dropped (a common phrase or two is not reuse); each remaining
 * passage is then aligned by banded Smith-Waterman, which settles where it starts and ends.
 * Reordered sentences become separate passages.
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
		return new Alignment(spans, share(spans, 0, a), share(spans, 2, b), Shingles.jaccard(a.distinct(), b.distinct()));
	}

	/**
	 * Shared non-boilerplate shingles as {@code (i << 32) | j}, in the order of i: the shorter
	 * text's shingles looked up in the longer one's table.
	 */
	long[] seeds(TextProfile a, TextProfile b) {
		boolean aShorter = a.shingles().length <= b.shingles().length;
		TextProfile probe = aShorter ? a : b;
		ShingleTable own = probe.table();
		ShingleTable other = (aShorter ? b : a).table();
		long[] shingles = probe.shingles();
		long[] seeds = new long[16];
		int count = 0;
		for (int x = 0; x < shingles.length; x++) {
			int slot = other.find(shingles[x]);
			if (slot < 0 || other.repeats(slot) > MAX_REPEATS || own.repeats(own.find(shingles[x])) > MAX_REPEATS
					|| this.boilerplate.contains(shingles[x])) {
				continue;
			}
			for (int y = other.first(slot); y >= 0; y = other.next(y)) {
				if (count == seeds.length) {
					seeds = Arrays.copyOf(seeds, count * 2);
				}
				seeds[count++] = aShorter ? ((long) x << 32) | y : ((long) y << 32) | x;
			}
		}
		seeds = Arrays.copyOf(seeds, count);
		if (!aShorter) {
			Arrays.sort(seeds);
		}
		return seeds;
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
				open.add(new Chain(i, j, this.settings.shingleWords()));
			}
			else {
				best.extend(i, j, this.settings.shingleWords());
			}
		}
		closed.addAll(open);
		closed.removeIf((chain) -> chain.covered < this.settings.minSpanWords());
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

	/** Share of a text's non-boilerplate words inside the spans: side 0 for a, 2 for b. */
	private static double share(List<int[]> spans, int side, TextProfile text) {
		if (text.contentWords() == 0) {
			return 0;
		}
		List<int[]> ranges = new ArrayList<>();
		spans.forEach((s) -> ranges.add(new int[] { s[side], s[side + 1] }));
		return Ranges.weightedUnion(ranges, text.content()) / (double) text.contentWords();
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

		/** Words of the first text inside the chain's seeds: what the chain itself shows to be shared. */
		int covered;

		Chain(int i, int j, int k) {
			this.firstI = i;
			this.firstJ = j;
			this.lastI = i;
			this.lastJ = j;
			this.minDiagonal = i - j;
			this.maxDiagonal = i - j;
			this.covered = k;
		}

		void extend(int i, int j, int k) {
			this.covered += Math.min(k, i - this.lastI);
			this.lastI = i;
			this.lastJ = j;
			this.minDiagonal = Math.min(this.minDiagonal, i - j);
			this.maxDiagonal = Math.max(this.maxDiagonal, i - j);
			this.seeds++;
		}

	}

}
