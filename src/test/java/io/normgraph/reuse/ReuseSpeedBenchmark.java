package io.normgraph.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.normgraph.synthetic.LiveHeap;
import io.normgraph.synthetic.PlantedReuseCorpus;

/**
 * The engine alone (texts in memory, findings counted, no graph) on planted-reuse corpora of
 * realistic length: a full run, then the same corpus as 99% indexed by a full run and 1% added
 * by an incremental one. {@code ./mvnw -o test -Pbenchmark -Dtest=ReuseSpeedBenchmark
 * -Dbenchmark.reuse.sizes=10000,40000,100000} (see docs/benchmarks.md); writes
 * target/benchmark/reuse-speed.md.
 */
@Tag("benchmark")
class ReuseSpeedBenchmark {

	@Test
	void speed() throws IOException {
		long seed = Long.getLong("benchmark.seed", 42);
		double mutation = Double.parseDouble(System.getProperty("benchmark.reuse.mutation", "0.2"));
		List<String> out = new ArrayList<>();
		out.add(String.format(Locale.ROOT, "Engine alone, %d cores, -Xmx%d MiB, planted reuse at %.0f%% mutation, seed %d, %s",
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, mutation * 100, seed,
				ReuseSettings.defaults()));
		out.add("");
		out.add("| provisions | words (median / max) | generate s | full run s (index + compare) | full run CPU s | candidates | findings | precision / planted recall | index MiB retained (own estimate) | run's peak live heap over the texts, MiB | 99% full s | +1% incremental s | incremental / full |");
		out.add("|---:|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|");
		for (String size : System.getProperty("benchmark.reuse.sizes", "40000").split(",")) {
			String row = measure(Integer.parseInt(size.strip().replace("_", "")), mutation, seed);
			System.out.println(row);
			out.add(row);
		}
		Path file = Path.of("target/benchmark/reuse-speed.md");
		Files.createDirectories(file.getParent());
		Files.write(file, out);
		out.forEach(System.out::println);
		assertThat(out).hasSizeGreaterThan(4);
	}

	private static String measure(int provisions, double mutation, long seed) {
		long start = System.nanoTime();
		PlantedReuseCorpus corpus = new PlantedReuseCorpus(provisions, mutation, seed);
		List<ProvisionText> all = PlantedRun.provisions(corpus);
		Map<String, String> texts = new HashMap<>();
		all.forEach((p) -> texts.put(p.id(), p.text()));
		double generate = (System.nanoTime() - start) / 1e9;
		int[] words = all.stream().mapToInt((p) -> p.text().split(" ").length).sorted().toArray();
		ReuseSettings settings = ReuseSettings.defaults();
		TextLookup lookup = TextLookup.of(texts);

		long baseline = used();
		LiveHeap heap = new LiveHeap();
		long[] found = new long[2];
		Set<String> pairs = new HashSet<>();
		PlantedReuseCorpus truth = corpus;
		ReuseIndex index = new ReuseIndex(settings);
		long cpu = cpu();
		ReuseRun full = new ReuseDetector(settings).run(index, all, lookup, (f) -> {
			found[0]++;
			found[1] += truth.related(f.later(), f.earlier()) ? 1 : 0;
			pairs.add(PlantedRun.pair(f.later(), f.earlier()));
		});
		double cpuSeconds = (cpu() - cpu) / 1e9;
		long recalled = corpus.planted().stream().filter((p) -> pairs.contains(PlantedRun.pair(p.later(), p.earlier()))).count();
		long peak = heap.stop() - baseline;
		long indexBytes = used() - baseline;
		long estimated = index.bytes();
		index = null;

		double fullSeconds = seconds(full);
		String head = String.format(Locale.ROOT,
				"| %,d | %d / %,d | %.1f | %.1f (%.1f + %.1f) | %.1f | %,d | %,d | %.3f / %.3f | %d (%d) | %d |", provisions,
				words[words.length / 2], words[words.length - 1], generate, fullSeconds, full.indexMillis() / 1e3,
				full.compareMillis() / 1e3, cpuSeconds, full.candidates(), found[0], found[1] / (double) Math.max(1, found[0]),
				recalled / (double) Math.max(1, corpus.planted().size()), indexBytes >> 20, estimated >> 20, peak >> 20);
		if (!Boolean.parseBoolean(System.getProperty("benchmark.reuse.incremental", "true"))) {
			return head + " not run | not run | |";
		}
		int cut = (int) Math.round(provisions * 0.99);
		ReuseIndex partial = new ReuseIndex(settings);
		ReuseRun before = new ReuseDetector(settings).run(partial, all.subList(0, cut), lookup, (f) -> {
		});
		long cpuAfter = cpu();
		ReuseRun after = new ReuseDetector(settings).run(partial, all.subList(cut, all.size()), lookup, (f) -> {
		});
		double incrementalCpu = (cpu() - cpuAfter) / 1e9;
		return head + String.format(Locale.ROOT, " %.1f | %.2f (CPU %.2f) | %.3f (CPU %.3f) |", seconds(before),
				seconds(after), incrementalCpu, seconds(after) / fullSeconds, incrementalCpu / cpuSeconds);
	}

	private static double seconds(ReuseRun run) {
		return (run.indexMillis() + run.compareMillis()) / 1e3;
	}

	/** CPU time of the whole process, all threads (the benchmark's own threads are idle during a run). */
	private static long cpu() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	/** Heap in use after a full collection. */
	private static long used() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return Stream.of(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage()).mapToLong((u) -> u.getUsed()).sum();
	}

}
