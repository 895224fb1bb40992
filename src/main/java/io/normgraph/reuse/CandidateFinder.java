package io.normgraph.reuse;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * The candidate stage: the provisions indexed before {@code p} (or, for a run that compares
 * provisions the index already holds, those it does not compare and those it compares before
 * {@code p}), of other instruments, that share
 * enough of its non-boilerplate fingerprints, found through the inverted index without ever
 * looking at the pairs that share none. A fingerprint in more provisions than the cap
 * ({@link ReuseSettings#postingsCap(long)}: {@code maxPostings}, growing with the square root of
 * the corpus) is skipped, so the postings read per fingerprint, and with them the candidates per
 * provision, grow far slower than the corpus.
 */
final class CandidateFinder {

	private final ReuseIndex index;

	private final ReuseSettings settings;

	private final long cutoff;

	private final ThreadLocal<int[]> counters;

	/**
	 * Each ordinal's place among those a run compares, -1 for the others; null when they are the
	 * newest ordinals, in order (a run that added them), so that "before {@code p}" is "below {@code p}".
	 */
	private final int @Nullable [] ranks;

	CandidateFinder(ReuseIndex index, int @Nullable [] ranks) {
		this.index = index;
		this.ranks = ranks;
		this.settings = index.settings;
		this.cutoff = this.settings.postingsCap(index.provisions());
		this.counters = ThreadLocal.withInitial(() -> new int[index.size()]);
	}

	/** Ordinals before {@code p} worth verifying against it, in increasing order. */
	int[] candidates(int p, TextProfile profile) {
		long[] fingerprints = Shingles.winnow(profile.shingles(), this.settings.window());
		int[] counts = this.counters.get();
		int[] touched = new int[64];
		int touchedCount = 0;
		int usable = 0;
		int instrument = this.index.instrumentOf(p);
		for (long fingerprint : fingerprints) {
			int slot = this.index.postings.find(Shingles.key(fingerprint));
			if (slot < 0 || this.index.boilerplate.contains(fingerprint) || this.index.postings.count(slot) > this.cutoff) {
				continue;
			}
			usable++;
			Postings postings = this.index.postings;
			for (int x = postings.baseStart(slot), end = postings.baseEnd(slot); x < end; x++) {
				int q = postings.base(x);
				if (this.ranks == null && q >= p) {
					break;
				}
				if (before(q, p) && counts[q]++ == 0) {
					touched = touch(touched, touchedCount++, q);
				}
			}
			for (int x = postings.head(slot); x >= 0; x = postings.next(x)) {
				int q = postings.ordinal(x);
				if (before(q, p) && counts[q]++ == 0) {
					touched = touch(touched, touchedCount++, q);
				}
			}
		}
		int[] result = new int[touchedCount];
		int n = 0;
		for (int t = 0; t < touchedCount; t++) {
			int q = touched[t];
			int smaller = Math.min(usable, this.index.fingerprints(q));
			int needed = Math.max(this.settings.minSharedFingerprints(),
					(int) Math.ceil(this.settings.candidateShare() * smaller));
			if (counts[q] >= needed && this.index.instrumentOf(q) != instrument && !this.index.retired(q)) {
				result[n++] = q;
			}
			counts[q] = 0;
		}
		result = Arrays.copyOf(result, n);
		Arrays.sort(result);
		return result;
	}

	/** Whether {@code q} is one {@code p} is compared with: not compared by the run itself, or compared before it. */
	private boolean before(int q, int p) {
		if (this.ranks == null) {
			return q < p;
		}
		int rank = this.ranks[q];
		return q != p && (rank < 0 || rank < this.ranks[p]);
	}

	private static int[] touch(int[] touched, int count, int q) {
		int[] result = (count == touched.length) ? Arrays.copyOf(touched, count * 2) : touched;
		result[count] = q;
		return result;
	}

}
