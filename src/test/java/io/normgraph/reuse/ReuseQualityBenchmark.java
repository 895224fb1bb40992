package io.normgraph.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.normgraph.synthetic.PlantedReuseCorpus;
import io.normgraph.synthetic.PlantedReuseCorpus.Kind;

/**
 * Precision and recall against planted reuse, per mutation level and threshold; the copied
 * paragraph's containment; the fast path against exact all-pairs on a sample; MinHash/LSH
 * candidates against the inverted index's on the same sample.
 * {@code ./mvnw -o test -Pbenchmark -Dtest=ReuseQualityBenchmark} (see docs/benchmarks.md);
 * writes target/benchmark/reuse-quality.md.
 */
@Tag("benchmark")
class ReuseQualityBenchmark {

	static final double[] LEVELS = { 0, 0.05, 0.1, 0.2, 0.3, 0.4 };

	static final double[] THRESHOLDS = { 0.3, 0.4, 0.5, 0.6, 0.7, 0.8 };

	@Test
	void quality() throws IOException {
		int provisions = Integer.getInteger("benchmark.reuse.provisions", 10_000);
		int sample = Integer.getInteger("benchmark.reuse.sample", 5_000);
		long seed = Long.getLong("benchmark.seed", 42);
		ReuseSettings defaults = ReuseSettings.defaults();
		ReuseSettings reporting = defaults.withThreshold(THRESHOLDS[0]);
		List<String> out = new ArrayList<>();
		out.add("Planted reuse, " + provisions + " provisions per mutation level, seed " + seed + ", settings " + defaults);
		out.add("");
		out.add("| mutation | planted | findings ≥ 0.3 | " + header(THRESHOLDS) + " recall whole | partial | excerpt | embedded | directed right | excerpt containment ≥ 0.8 | embedded earlierShare ≥ 0.8 | run s |");
		out.add("|---|---:|---:|" + "---:|".repeat(THRESHOLDS.length) + "---:|---:|---:|---:|---:|---:|---:|---:|");
		for (double level : LEVELS) {
			long start = System.nanoTime();
			PlantedRun run = new PlantedRun(new PlantedReuseCorpus(provisions, level, seed), reporting);
			double seconds = (System.nanoTime() - start) / 1e9;
			StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %.0f%% | %d | %d |", level * 100,
					run.corpus.planted().size(), run.findings.size()));
			for (double t : THRESHOLDS) {
				row.append(String.format(Locale.ROOT, " %.3f / %.3f |", run.precision(t), run.recall(t, null)));
			}
			double t = defaults.threshold();
			for (Kind kind : Kind.values()) {
				row.append(String.format(Locale.ROOT, " %.3f |", run.recall(t, kind)));
			}
			row.append(String.format(Locale.ROOT, " %s | %s | %s | %.1f |", directedRight(run, t),
					share(run, Kind.EXCERPT, true), share(run, Kind.EMBEDDED, false), seconds));
			out.add(row.toString());
			System.out.println(row);
		}
		out.add("");
		out.add("Cells: precision / recall at each threshold. Recall by kind, direction and containment at the default threshold " + defaults.threshold() + ".");
		out.add("");
		out.addAll(exactComparison(sample, 0.2, seed + 1, defaults));

		Path file = Path.of("target/benchmark/reuse-quality.md");
		Files.createDirectories(file.getParent());
		Files.write(file, out);
		out.forEach(System.out::println);
		assertThat(out).isNotEmpty();
	}

	/** The settings sweep behind the defaults: -Dtest=ReuseQualityBenchmark#candidateSettings. */
	@Test
	void candidateSettings() throws IOException {
		int sample = Integer.getInteger("benchmark.reuse.sample", 5_000);
		long seed = Long.getLong("benchmark.seed", 42);
		List<String> out = new ArrayList<>(sweep(sample, 0.2, seed + 2));
		out.addAll(sweep(sample, 0.4, seed + 3));
		Path file = Path.of("target/benchmark/reuse-settings.md");
		Files.createDirectories(file.getParent());
		Files.write(file, out);
		assertThat(out).isNotEmpty();
	}

	private static String header(double[] thresholds) {
		StringBuilder h = new StringBuilder();
		for (double t : thresholds) {
			h.append(String.format(Locale.ROOT, "P / R at %.1f |", t));
		}
		return h.toString();
	}

	/** Of the planted pairs found with a direction, how many have it right. */
	private static String directedRight(PlantedRun run, double threshold) {
		Map<String, ReuseFinding> found = run.found(threshold);
		int directed = 0;
		int right = 0;
		for (PlantedReuseCorpus.Planted p : run.corpus.planted()) {
			ReuseFinding f = found.get(PlantedRun.pair(p.later(), p.earlier()));
			if (f != null && f.directed()) {
				directed++;
				right += f.later().equals(p.later()) ? 1 : 0;
			}
		}
		return right + "/" + directed;
	}

	/** Planted pairs of the kind found with the paragraph's share ≥ 0.8, of all planted of that kind. */
	private static String share(PlantedRun run, Kind kind, boolean laterIsParagraph) {
		Map<String, ReuseFinding> found = run.found(0);
		int planted = 0;
		int high = 0;
		for (PlantedReuseCorpus.Planted p : run.corpus.planted()) {
			if (p.kind() != kind) {
				continue;
			}
			planted++;
			ReuseFinding f = found.get(PlantedRun.pair(p.later(), p.earlier()));
			if (f != null) {
				boolean asPlanted = f.later().equals(p.later());
				double paragraph = (laterIsParagraph == asPlanted) ? f.containment() : f.earlierShare();
				high += (paragraph >= 0.8) ? 1 : 0;
			}
		}
		return high + "/" + planted;
	}

	/** The fast path against exact all-pairs, then MinHash/LSH candidates, on one sample. */
	private static List<String> exactComparison(int provisions, double level, long seed, ReuseSettings settings) {
		ExactComparison comparison = new ExactComparison(new PlantedReuseCorpus(provisions, level, seed), settings);
		List<String> lines = new ArrayList<>();
		lines.add(comparison.summary(level));
		lines.add("");
		lines.addAll(MinHashLsh.compare(comparison.run, comparison.profiles, comparison.aligner, comparison.exact, settings));
		return lines;
	}

	/** Candidate-stage settings against exact all-pairs on one sample. */
	private static List<String> sweep(int provisions, double level, long seed) {
		List<String> lines = new ArrayList<>();
		lines.add(String.format(Locale.ROOT, "Candidate-stage settings at %.0f%% mutation, %d provisions:", level * 100, provisions));
		lines.add("");
		lines.add("| k | window | min shared | share | candidates | exact pairs | fast found | of exact | run s |");
		lines.add("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
		PlantedReuseCorpus corpus = new PlantedReuseCorpus(provisions, level, seed);
		ReuseSettings d = ReuseSettings.defaults();
		for (int[] v : new int[][] { { 4, 6, 2 }, { 4, 4, 2 }, { 4, 3, 2 }, { 4, 4, 1 }, { 3, 4, 2 }, { 3, 6, 2 }, { 5, 3, 2 } }) {
			for (double share : new double[] { 0.1, 0.05 }) {
				ReuseSettings s = new ReuseSettings(v[0], v[1], d.minWords(), d.maxWords(), d.boilerplateShare(),
						d.boilerplateMinProvisions(), d.maxPostings(), d.postingsGrowth(), share, v[2], d.maxGap(), d.maxDrift(), d.minSpanWords(), d.threshold(), d.chunk());
				ExactComparison c = new ExactComparison(corpus, s);
				long found = c.found();
				String row = String.format(Locale.ROOT, "| %d | %d | %d | %.2f | %,d | %d | %d | %.3f | %.1f |", v[0], v[1], v[2], share,
						c.run.run.candidates(), c.exact.size(), found, found / (double) Math.max(1, c.exact.size()),
						(c.run.run.indexMillis() + c.run.run.compareMillis()) / 1e3);
				System.out.println(row);
				lines.add(row);
			}
		}
		lines.add("");
		return lines;
	}

}
