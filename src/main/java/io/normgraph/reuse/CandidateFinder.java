package io.normgraph.reuse;

import java.util.Arrays;

/**
 * The candidate stage: the provisions indexed before {@code p}, of other instruments, that share
 * enough of its non-boilerplate fingerprints, found through the inverted index without ever
 * looking at the pairs that share none. A fingerprint in more provisions than the boilerplate
 * cut-off is skipped even if the sketch missed it, which also bounds the postings read per
 * fingerprint.
 */
final class CandidateFinder {

	private final ReuseIndex index;

	private final ReuseSettings settings;

	private final long cutoff;

	private final ThreadLocal<int[]> counters;

	CandidateFinder(ReuseIndex index) {
		this.index = index;
		this.settings = index.settings;
		this.cutoff = this.settings.boilerplateCutoff(index.provisions());
		this.counters = ThreadLocal.withInitial(() -> new int[index.size()]);
	}

	/** Ordinals below {@code p} worth verifying against it, in increasing order. */
	int[] candidates(int p, TextProfile profile) {
		long[] fingerprints = Shingles.winnow(profile.shingles(), this.settings.window());
		int[] counts = this.counters.get();
		int[] touched = new int[64];
		int touchedCount = 0;
		int usable = 0;
		int instrument = this.index.instrumentOf(p);
		for (long fingerprint : fingerprints) {
			int key = Shingles.key(fingerprint);
			if (this.index.boilerplate.contains(fingerprint) || this.index.postings.count(key) > this.cutoff) {
				continue;
			}
			usable++;
			for (int posting = this.index.postings.head(key); posting >= 0; posting = this.index.postings
				.next(posting)) {
				int q = this.index.postings.ordinal(posting);
				if (q >= p || this.index.instrumentOf(q) == instrument || this.index.retired(q)) {
					continue;
				}
				if (counts[q]++ == 0) {
					if (touchedCount == touched.length) {
						touched = Arrays.copyOf(touched, touchedCount * 2);
					}
					touched[touchedCount++] = q;
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
			if (counts[q] >= needed) {
				result[n++] = q;
			}
			counts[q] = 0;
		}
		result = Arrays.copyOf(result, n);
		Arrays.sort(result);
		return result;
	}

}
