package io.normgraph.reuse.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.neo4j.core.Neo4jClient;

import io.normgraph.corpus.CorpusFiles;
import io.normgraph.corpus.CorpusImporter;
import io.normgraph.synthetic.PlantedReuseCorpus;

/**
 * What detection after an import costs against a full run, in one session over the embedded
 * database: a planted-reuse corpus (docs/benchmarks.md, "Text reuse") split into corpus A (the
 * oldest 99%) and corpus B (the newest instruments, 1%). A is imported (its run after the import
 * starts from an empty index and compares all of A), a full run is timed as the baseline, then B is
 * imported three times with its texts changed each time: with the index in memory, with the index
 * taken up from its file (as the next {@code import} process would), and with no index (rebuilt).
 * Then a run for corpus B ({@code reuse --corpus=bench-b}) three times: with the index in memory,
 * from its file, and with none (everything outside B indexed anew); the reuse relationships
 * touching B after each are compared, and with those of a last full run. Run: {@code ./mvnw -o test -Pbenchmark -Dtest=ReuseAfterImportBenchmark
 * -Dbenchmark.reuse.provisions=10000}; writes target/benchmark/reuse-after-import.md.
 */
@Tag("benchmark")
@SpringBootTest(properties = { "normgraph.reuse.after-import=true", "normgraph.corpus.load-bundled=false" })
class ReuseAfterImportBenchmark {

	@Autowired
	CorpusImporter importer;

	@Autowired
	ReuseService reuse;

	@Autowired
	KeptIndex kept;

	@TempDir
	Path root;

	@Autowired
	Neo4jClient client;

	private final List<String> rows = new ArrayList<>();

	private final List<String> steps = new ArrayList<>();

	/** The first full run's total, what every run is set against. */
	private long fullMillis;

	@Test
	void afterImportAgainstAFullRun() throws IOException {
		int provisions = Integer.getInteger("benchmark.reuse.provisions", 10_000);
		PlantedReuseCorpus corpus = new PlantedReuseCorpus(provisions, 0.2, Long.getLong("benchmark.seed", 42));
		// The importer takes cells of at most 100,000 characters: the few longer texts are cut at a word (with room for a prefix).
		List<PlantedReuseCorpus.Provision> all = corpus.provisions().stream().map(ReuseThroughGraph::importable)
			.map((p) -> (p.text().length() > 99_900)
					? new PlantedReuseCorpus.Provision(p.id(), p.instrument(), p.date(), p.text().substring(0, p.text().lastIndexOf(' ', 99_900)))
					: p)
			.toList();
		int split = all.size() * 99 / 100;
		while (split < all.size() && all.get(split).instrument().equals(all.get(split - 1).instrument())) {
			split++;
		}
		List<PlantedReuseCorpus.Provision> a = all.subList(0, split);
		List<PlantedReuseCorpus.Provision> b = all.subList(split, all.size());

		measure("import A (" + a.size() + " provisions) and its run (an empty index: all of A compared)", () -> {
			this.importer.importCorpus(write("bench-a", a, ""));
			return this.reuse.latest().orElseThrow().summary();
		});
		this.kept.invalidate();
		measure("full run (`reuse`), the baseline", () -> this.reuse.run(null, (p) -> {
		}));
		measure("import B (" + b.size() + " provisions), index in memory (server)", () -> {
			this.importer.importCorpus(write("bench-b", b, ""));
			return this.reuse.latest().orElseThrow().summary();
		});
		long start = System.nanoTime();
		this.kept.destroy();
		long written = (System.nanoTime() - start) / 1_000_000;
		long bytes = Files.size(this.kept.location());
		measure("new version of B, index taken up from its file (" + (bytes >> 20) + " MiB, written in " + written
				+ " ms) (`import` command)", () -> {
					this.importer.importCorpus(write("bench-b", b, "Revised. "));
					return this.reuse.latest().orElseThrow().summary();
				});
		this.kept.invalidate();
		measure("new version of B, no index: rebuilt from the graph", () -> {
			this.importer.importCorpus(write("bench-b", b, "Revised again. "));
			return this.reuse.latest().orElseThrow().summary();
		});

		// `reuse --corpus=bench-b`: with the kept index (in memory, then from its file), then without (built anew).
		List<String> bIds = new ArrayList<>();
		b.forEach((p) -> {
			bIds.add(p.id());
			bIds.add(p.instrument());
		});
		measure("`reuse --corpus=bench-b`, index in memory (server)", () -> this.reuse.run("bench-b", (p) -> {
		}));
		Set<String> keptFindings = stored(bIds);
		start = System.nanoTime();
		this.kept.destroy();
		written = (System.nanoTime() - start) / 1_000_000;
		measure("`reuse --corpus=bench-b`, index taken up from its file (written in " + written + " ms) (`reuse` command)",
				() -> this.reuse.run("bench-b", (p) -> {
				}));
		Set<String> fileFindings = stored(bIds);
		this.kept.invalidate();
		measure("`reuse --corpus=bench-b`, no index: everything outside B indexed anew (as before this change)",
				() -> this.reuse.run("bench-b", (p) -> {
				}));
		Set<String> freshFindings = stored(bIds);
		measure("full run (`reuse`) over A and B, the baseline again", () -> this.reuse.run(null, (p) -> {
		}));
		Set<String> fullFindings = stored(bIds);

		String table = "| step | wall s | run: total s (index + compare + write) | of the full run | compared | findings | process CPU s | load (1 min) |\n"
				+ "|---|---:|---|---:|---:|---:|---:|---:|\n" + String.join("\n", this.rows) + "\n";
		String same = String.format(Locale.ROOT,
				"Reuse relationships touching B (provision- and instrument-level, all properties but the run's source and locator): "
						+ "%d after the run with the index in memory, %d with the index from its file, %d with a new index, %d after a full run; "
						+ "differences, kept in memory vs new index: %d, file vs new index: %d, kept in memory vs full run: %d\n",
				keptFindings.size(), fileFindings.size(), freshFindings.size(), fullFindings.size(),
				difference(keptFindings, freshFindings), difference(fileFindings, freshFindings),
				difference(keptFindings, fullFindings));
		String steps = "Steps of each run (ms):\n\n" + String.join("\n", this.steps) + "\n";
		Path out = Path.of("target/benchmark/reuse-after-import.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, "Provisions: " + provisions + "\n\n" + table + "\n" + same + "\n" + steps);
		System.out.println(table + "\n" + same + "\n" + steps);
	}

	private Set<String> stored(List<String> ids) {
		return StoredFindings.touching(this.client, ids);
	}

	private static int difference(Set<String> x, Set<String> y) {
		Set<String> onlyX = new TreeSet<>(x);
		onlyX.removeAll(y);
		Set<String> onlyY = new TreeSet<>(y);
		onlyY.removeAll(x);
		return onlyX.size() + onlyY.size();
	}

	private void measure(String step, Supplier<ReuseSummary> work) {
		double load = load();
		long cpu = cpu();
		long start = System.nanoTime();
		ReuseSummary summary = work.get();
		double wall = (System.nanoTime() - start) / 1e9;
		double cpuSeconds = (cpu() - cpu) / 1e9;
		String detail = (summary == null) ? "" : String.format(Locale.ROOT, "%.2f (%.2f + %.2f + %.2f)",
				summary.totalMillis() / 1e3, summary.run().indexMillis() / 1e3, summary.run().compareMillis() / 1e3,
				summary.writeMillis() / 1e3);
		if (summary != null && step.startsWith("full run") && this.fullMillis == 0) {
			this.fullMillis = summary.totalMillis();
		}
		String ratio = (summary == null || this.fullMillis == 0) ? ""
				: String.format(Locale.ROOT, "%.3f", summary.totalMillis() / (double) this.fullMillis);
		this.rows.add(String.format(Locale.ROOT, "| %s | %.2f | %s | %s | %s | %s | %.1f | %.1f |", step, wall, detail, ratio,
				(summary == null) ? "" : String.valueOf(summary.run().compared()),
				(summary == null) ? "" : String.valueOf(summary.run().findings()), cpuSeconds, load));
		if (summary != null) {
			this.steps.add("- " + step + ": " + summary.stepMillis());
		}
	}

	/** The corpus in the import format: instruments with their dates, provisions with text, PART_OF. */
	private CorpusFiles write(String id, List<PlantedReuseCorpus.Provision> provisions, String prefix) {
		Path dir = this.root.resolve(id + "-" + System.nanoTime()).resolve(id);
		try {
			Files.createDirectories(dir.resolve("nodes"));
			Files.createDirectories(dir.resolve("relationships"));
			try (CSVPrinter sources = printer(dir.resolve("nodes/Source.csv"), "id", "name", "source", "locator");
					CSVPrinter instruments = printer(dir.resolve("nodes/Instrument.csv"), "id", "name", "source", "locator", "date");
					CSVPrinter units = printer(dir.resolve("nodes/Provision.csv"), "id", "name", "source", "locator", "text");
					CSVPrinter partOf = printer(dir.resolve("relationships/PART_OF.csv"), "from", "to", "source", "locator")) {
				sources.printRecord(id + "-source", "Planted reuse", id + "-source", "1");
				String last = null;
				for (PlantedReuseCorpus.Provision p : provisions) {
					if (!p.instrument().equals(last)) {
						instruments.printRecord(p.instrument(), p.instrument(), id + "-source", p.instrument(),
								Objects.toString(p.date(), ""));
						last = p.instrument();
					}
					units.printRecord(p.id(), p.id(), id + "-source", p.id(), prefix + p.text());
					partOf.printRecord(p.id(), p.instrument(), id + "-source", p.id());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return CorpusFiles.fromDirectory(dir);
	}

	private static CSVPrinter printer(Path file, String... header) throws IOException {
		return new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
				CSVFormat.RFC4180.builder().setHeader(header).get());
	}

	private static long cpu() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	private static double load() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

}
