package io.normgraph.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 18's benchmark, in one run over several sizes of the same generated corpus: for each,
 * the raw baseline (the CSV rows sent as {@code UNWIND … CREATE} batches of 5,000 over a plain
 * driver into a fresh embedded database with the same schema, no checks: {@link RawLoader}),
 * then the packaged command ({@code java -Xmx2g -jar target/normgraph.jar import DIR}) into a
 * fresh data directory, with its GC log: the import's own work (from its log: reading the corpus
 * to the last row published), the text-reuse detection that follows every import by default
 * (until "Imported corpus"), the wall time with start-up, the ratio of the import's own work
 * (and with the detection) to the raw load, the peak heap and the largest heap in use after a
 * collection.
 * Writes target/benchmark/import-speed.md.
 * <p>
 * {@code ./mvnw -o package -DskipTests && ./mvnw -o test -Pbenchmark -Dtest=ImportSpeedBenchmark
 * -Dbenchmark.sizes=10000,100000,1000000 -Dbenchmark.heap=2g}
 * <p>
 * {@code -Dbenchmark.import-heap=512m} gives the import another heap ({@code -Dbenchmark.heap} is
 * the benchmark's own, which the raw load runs in); {@code -Dbenchmark.reuse-after-import=false}
 * measures the import alone, without the detection after it, whose index of every provision
 * grows with the graph. {@code -Dbenchmark.live-every=30} samples the import's live heap every 30
 * seconds ({@link LiveSet}: a class histogram, which collects the whole heap first) and reports
 * the largest: what the import needs, where G1's figures after a collection are upper bounds
 * that include garbage it chose not to collect yet (with {@code java -jar} only: it samples the
 * process it started, which under {@code /usr/bin/time} is not the JVM).
 * <p>
 * {@code -Dbenchmark.variants=java-jar:c1,java-jar:both,bin:c1,bin:both} imports each size once
 * per variant, in turn after the one raw load ({@link ImportLaunch}: how the command is started
 * and with which compilers); CPU seconds and peak RSS are {@code /usr/bin/time -v}'s.
 */
@Tag("benchmark")
class ImportSpeedBenchmark {

	/** A log line's time and what it says (Spring Boot's console format). */
	private static final String AT = "(?m)^(\\S+Z)\\s.*";

	private static final Pattern READING = Pattern.compile(AT + "Reading the corpus in ");

	private static final Pattern PUBLISHED_AT = Pattern.compile(AT + "Published corpus ");

	private static final Pattern IMPORTED_AT = Pattern.compile(AT + "Imported corpus \\S+ in \\d+ ms");

	private static final Pattern CHECKED = Pattern.compile("Checked corpus \\S+ from .* in (\\d+) ms");

	private static final Pattern PUBLISHED = Pattern.compile("Published corpus \\S+: \\d+ staged rows in (\\d+) ms");

	/** A GC log line: which pause, heap before -> after (total). */
	private static final Pattern GC = Pattern.compile("Pause (.*?) (\\d+)M->(\\d+)M\\(\\d+M\\)");

	/**
	 * Collections that follow a marking of the whole heap (G1's mixed and full collections):
	 * what they leave is close to what is live. A young collection leaves the old generation's
	 * garbage, which G1 lets grow towards -Xmx before it marks.
	 */
	private static final Pattern MARKED = Pattern.compile("Mixed|Full");

	@Test
	void importSpeed() throws Exception {
		String heap = System.getProperty("benchmark.import-heap", "2g");
		boolean detection = Boolean.parseBoolean(System.getProperty("benchmark.reuse-after-import", "true"));
		String pageCache = System.getProperty("benchmark.page-cache", "512m");
		Path jar = Path.of("target/normgraph.jar");
		List<ImportLaunch> launches = ImportLaunch.parse(System.getProperty("benchmark.variants", "java-jar:default"));
		assertThat(jar).as("package the jar first: ./mvnw -o package -DskipTests").exists();
		List<String> rows = new ArrayList<>();
		for (String size : System.getProperty("benchmark.sizes", "10000,100000").split(",")) {
			int provisions = Integer.parseInt(size.strip());
			Path corpus = Path.of("target/benchmark/corpus-" + provisions + "-42");
			if (!Files.isDirectory(corpus.resolve("nodes"))) {
				new SyntheticCorpusGenerator(provisions, 42).write(corpus);
			}
			long corpusRows = ScaleBenchmarkSupport.rows(corpus);
			double raw;
			String load = load();
			try (RawDatabase database = new RawDatabase(Path.of("target/benchmark/raw-import-speed"), pageCache)) {
				System.gc();
				long start = System.nanoTime();
				long loaded = RawLoader.load(database.driver(), corpus, RawLoader.Mode.CREATE_BATCHED);
				raw = (System.nanoTime() - start) / 1e9;
				assertThat(loaded).isEqualTo(corpusRows);
			}
			for (ImportLaunch launch : launches) {
				String importLoad = load();
				Imported imported = importWithJar(launch, jar, corpus, heap, pageCache, detection);
				rows.add(String.format(Locale.ROOT,
						"| %,d (%,d rows) | %s | %.1f s | %.1f s (validate+check %.1f s, publish %.1f s) | **%.2fx** | %s | %.2fx | %.1f s | %s | %s | %,d MiB | %,d MiB | %s | %s | %s / %s |",
						provisions, corpusRows, launch, raw, imported.seconds, imported.checked, imported.published,
						imported.seconds / raw,
						detection ? String.format(Locale.ROOT, "%.1f s", imported.detection) : "off",
						(imported.seconds + imported.detection) / raw, imported.wall,
						(imported.cpu < 0) ? "?" : String.format(Locale.ROOT, "%.1f s", imported.cpu),
						(imported.rss < 0) ? "?" : String.format(Locale.ROOT, "%,.0f MiB", imported.rss), imported.peakHeap,
						imported.heapAfterGc,
						(imported.heapAfterMarking < 0) ? "none ran" : String.format(Locale.ROOT, "%,d MiB", imported.heapAfterMarking),
						(imported.liveSet < 0) ? "not sampled" : String.format(Locale.ROOT, "%,d MiB", imported.liveSet), load,
						importLoad));
				System.out.println(rows.get(rows.size() - 1));
			}
		}
		String md = "| provisions | launcher:compilers | raw CREATE_BATCHED | normgraph import's own work (-Xmx" + heap + ") "
				+ "| normgraph vs raw | reuse detection after it | with it vs raw | wall with start-up | CPU (user+sys) "
				+ "| peak RSS | peak heap | heap after any GC, at most | after a mixed or full GC, at most "
				+ "| live heap, largest sample | load before raw / import |\n"
				+ "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n" + String.join("\n", rows) + "\n";
		Files.createDirectories(Path.of("target/benchmark"));
		Files.writeString(Path.of("target/benchmark/import-speed.md"), md);
		System.out.println(md);
	}

	record Imported(double seconds, double checked, double published, double detection, double wall, double cpu, double rss,
			long peakHeap, long heapAfterGc, long heapAfterMarking, long liveSet) {
	}

	private static Imported importWithJar(ImportLaunch launch, Path jar, Path corpus, String heap, String pageCache,
			boolean detection) throws IOException, InterruptedException {
		Path work = Files.createTempDirectory(Path.of("target/benchmark"), "import-");
		Path gcLog = work.resolve("gc.log");
		Path out = work.resolve("out.log");
		Path time = work.resolve("time.txt");
		List<String> command = new ArrayList<>(List.of(corpus.toString(),
				"--normgraph.embedded.data-directory=" + work.resolve("data"), "--normgraph.embedded.bolt-port=0",
				"--normgraph.embedded.page-cache=" + pageCache));
		if (!detection) {
			command.add("--normgraph.reuse.after-import=false");
		}
		long start = System.nanoTime();
		Process process = launch.process(jar, heap, gcLog, time, command).redirectErrorStream(true)
			.redirectOutput(out.toFile())
			.start();
		LiveSet live = LiveSet.every(Integer.getInteger("benchmark.live-every", 0), process);
		int exit = process.waitFor();
		live.stop();
		double wall = (System.nanoTime() - start) / 1e9;
		String log = Files.readString(out);
		assertThat(exit).as("the import's exit code; its output:\n" + tail(log)).isZero();
		long peak = 0;
		long afterGc = 0;
		long afterMarking = -1;
		Matcher gc = GC.matcher(Files.readString(gcLog));
		while (gc.find()) {
			peak = Math.max(peak, Long.parseLong(gc.group(2)));
			afterGc = Math.max(afterGc, Long.parseLong(gc.group(3)));
			if (MARKED.matcher(gc.group(1)).find()) {
				afterMarking = Math.max(afterMarking, Long.parseLong(gc.group(3)));
			}
		}
		double[] cpuAndRss = ImportLaunch.cpuAndRss(time);
		Instant reading = at(READING, log);
		Instant published = at(PUBLISHED_AT, log);
		Imported imported = new Imported(Duration.between(reading, published).toMillis() / 1000.0,
				millis(CHECKED, log) / 1000.0, millis(PUBLISHED, log) / 1000.0,
				Duration.between(published, at(IMPORTED_AT, log)).toMillis() / 1000.0, wall, cpuAndRss[0], cpuAndRss[1], peak,
				afterGc, afterMarking,
				live.largestMegabytes());
		try (Stream<Path> files = Files.walk(work)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		return imported;
	}

	private static long millis(Pattern pattern, String log) {
		Matcher matcher = pattern.matcher(log);
		assertThat(matcher.find()).as(pattern + " in the import's output:\n" + tail(log)).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private static Instant at(Pattern pattern, String log) {
		Matcher matcher = pattern.matcher(log);
		assertThat(matcher.find()).as(pattern + " in the import's output:\n" + tail(log)).isTrue();
		return Instant.parse(matcher.group(1));
	}

	private static String tail(String log) {
		return log.substring(Math.max(0, log.length() - 4000));
	}

	/** The machine's load average over the last minute: timings on a shared machine are only comparable within a run. */
	private static String load() {
		return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

}
