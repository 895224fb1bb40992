package io.normgraph.reuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The alternative candidate stage, measured and not shipped: MinHash signatures of each text's
 * non-boilerplate shingles, banded LSH (Leskovec, Rajaraman and Ullman, Mining of Massive
 * Datasets, ch. 3), candidates verified by the same aligner. Compared with exact all-pairs.
 */
final class MinHashLsh {

	private MinHashLsh() {
	}

	static List<String> compare(PlantedRun run, TextProfile[] profiles, Aligner aligner, Set<String> exact,
			ReuseSettings settings) {
		List<String> lines = new ArrayList<>();
		lines.add("MinHash/LSH candidates on the same sample, verified by the same aligner (recall against the exact pairs):");
		lines.add("");
		lines.add("| hashes | bands × rows | Jaccard at 50% chance | candidate pairs | found of exact | recall | s |");
		lines.add("|---:|---|---:|---:|---:|---:|---:|");
		for (int[] br : new int[][] { { 32, 4 }, { 64, 2 }, { 128, 1 } }) {
			int bands = br[0];
			int rows = br[1];
			long start = System.nanoTime();
			int[][] signatures = new int[profiles.length][];
			IntStream.range(0, profiles.length).parallel()
				.forEach((o) -> signatures[o] = signature(profiles[o], bands * rows, run.index.boilerplate));
			Set<Long> candidates = new HashSet<>();
			for (int b = 0; b < bands; b++) {
				Map<Long, List<Integer>> buckets = new HashMap<>();
				for (int o = 0; o < profiles.length; o++) {
					if (signatures[o] == null) {
						continue;
					}
					long key = b;
					for (int r = 0; r < rows; r++) {
						key = Shingles.mix(key * 31 + signatures[o][b * rows + r]);
					}
					buckets.computeIfAbsent(key, (k) -> new ArrayList<>()).add(o);
				}
				for (List<Integer> bucket : buckets.values()) {
					for (int x = 0; x < bucket.size(); x++) {
						for (int y = 0; y < x; y++) {
							int p = bucket.get(x);
							int q = bucket.get(y);
							if (run.index.instrumentOf(p) != run.index.instrumentOf(q)) {
								candidates.add(((long) p << 32) | q);
							}
						}
					}
				}
			}
			Set<String> found = java.util.concurrent.ConcurrentHashMap.newKeySet();
			candidates.parallelStream().forEach((pair) -> {
				int p = (int) (pair >>> 32);
				int q = (int) (long) pair;
				Alignment a = aligner.align(profiles[p], profiles[q]);
				if (a != null && Math.max(a.aShare(), a.bShare()) >= settings.threshold()) {
					found.add(PlantedRun.pair(run.index.id(p), run.index.id(q)));
				}
			});
			long hits = exact.stream().filter(found::contains).count();
			lines.add(String.format(Locale.ROOT, "| %d | %d × %d | %.2f | %d | %d / %d | %.3f | %.1f |", bands * rows,
					bands, rows, Math.pow(1.0 / bands, 1.0 / rows), candidates.size(), hits, exact.size(),
					hits / (double) Math.max(1, exact.size()), (System.nanoTime() - start) / 1e9));
		}
		return lines;
	}

	private static int[] signature(TextProfile profile, int hashes, Boilerplate boilerplate) {
		long[] shingles = profile.distinct();
		int[] signature = new int[hashes];
		boolean any = false;
		java.util.Arrays.fill(signature, Integer.MAX_VALUE);
		for (long shingle : shingles) {
			if (boilerplate.contains(shingle)) {
				continue;
			}
			any = true;
			for (int h = 0; h < hashes; h++) {
				int value = (int) (Shingles.mix(shingle ^ (0x9E3779B97F4A7C15L * (h + 1))) >>> 33);
				if (value < signature[h]) {
					signature[h] = value;
				}
			}
		}
		return any ? signature : null;
	}

}
