package io.normgraph.reuse;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import io.normgraph.synthetic.PlantedReuseCorpus;

/**
 * The fast path against exact all-pairs on one corpus: every cross-instrument pair is verified
 * with the same aligner and boilerplate set. A pair whose texts share no non-boilerplate
 * shingle cannot yield a seed, so the aligner would return nothing: such pairs are settled by a
 * merge of the two sorted shingle sets instead of a full alignment, which gives the same answer.
 */
final class ExactComparison {

	final PlantedRun run;

	final TextProfile[] profiles;

	final Aligner aligner;

	final Set<String> exact = ConcurrentHashMap.newKeySet();

	final Set<String> fast;

	final long pairs;

	final double exactSeconds;

	ExactComparison(PlantedReuseCorpus corpus, ReuseSettings settings) {
		this.run = new PlantedRun(corpus, settings);
		ReuseIndex index = this.run.index;
		this.aligner = new Aligner(settings, index.boilerplate);
		int n = index.size();
		this.profiles = new TextProfile[n];
		long[][] rare = new long[n][];
		IntStream.range(0, n).parallel().forEach((o) -> {
			this.profiles[o] = TextProfile.of(this.run.texts.get(index.id(o)), settings, index.boilerplate);
			rare[o] = Arrays.stream(this.profiles[o].distinct()).filter((s) -> !index.boilerplate.contains(s)).toArray();
		});
		long start = System.nanoTime();
		this.pairs = IntStream.range(0, n).parallel().mapToLong((p) -> {
			long compared = 0;
			for (int q = 0; q < p; q++) {
				if (index.instrumentOf(p) == index.instrumentOf(q) || index.fingerprints(p) == 0
						|| index.fingerprints(q) == 0) {
					continue;
				}
				compared++;
				if (!shareAny(rare[p], rare[q])) {
					continue;
				}
				Alignment a = this.aligner.align(this.profiles[p], this.profiles[q]);
				if (a != null && Math.max(a.aShare(), a.bShare()) >= settings.threshold()) {
					this.exact.add(PlantedRun.pair(index.id(p), index.id(q)));
				}
			}
			return compared;
		}).sum();
		this.exactSeconds = (System.nanoTime() - start) / 1e9;
		this.fast = new HashSet<>(this.run.found(settings.threshold()).keySet());
	}

	long found() {
		return this.exact.stream().filter(this.fast::contains).count();
	}

	String summary(double level) {
		long both = found();
		return String.format(Locale.ROOT,
				"Exact all-pairs on %d provisions at %.0f%% mutation: %,d cross-instrument pairs in %.1f s, %d at or over %.2f; "
						+ "the fast path (%,d candidate pairs verified, %.1f s in all) found %d of them (%.2f%%) and %d outside the exact set.",
				this.run.index.size(), level * 100, this.pairs, this.exactSeconds, this.exact.size(),
				this.run.index.settings.threshold(), this.run.run.candidates(),
				(this.run.run.indexMillis() + this.run.run.compareMillis()) / 1e3, both,
				100.0 * both / Math.max(1, this.exact.size()), this.fast.size() - both);
	}

	private static boolean shareAny(long[] a, long[] b) {
		int i = 0;
		int j = 0;
		while (i < a.length && j < b.length) {
			if (a[i] == b[j]) {
				return true;
			}
			if (a[i] < b[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		return false;
	}

}
