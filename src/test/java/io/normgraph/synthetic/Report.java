package io.normgraph.synthetic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The figures of one benchmark run, and their Markdown. */
final class Report {

	final int provisions;

	final long seed;

	double generated = Double.NaN;

	/** What was loaded → {rows, seconds}. */
	final Map<String, double[]> imports = new LinkedHashMap<>();

	double importGcSeconds;

	long peakHeap;

	long liveHeap;

	long transactionMemory;

	double importSeconds;

	@org.jspecify.annotations.Nullable String importFailure;

	long maxHeap;

	long heapAfterImport;

	long[] rssAfterImport = new long[2];

	long[] rss = new long[2];

	final Map<String, String> plans = new LinkedHashMap<>();

	Measured floor = new Measured();

	final Map<Integer, Measured> lineage = new LinkedHashMap<>();

	final Map<Integer, Measured> derived = new LinkedHashMap<>();

	Report(int provisions, long seed) {
		this.provisions = provisions;
		this.seed = seed;
	}

	double rowsPerSecond(String load) {
		double[] figures = this.imports.get(load);
		return figures[0] / figures[1];
	}

	String importFailure() {
		return this.importFailure;
	}

	String markdown() {
		StringBuilder md = new StringBuilder();
		md.append(f("### %,d provisions (seed %d)%n%n", this.provisions, this.seed));
		md.append(f("Machine: %d cores, max heap %s, Java %s.%s%n%n", Runtime.getRuntime().availableProcessors(),
				mb(this.maxHeap), System.getProperty("java.version"),
				Double.isNaN(this.generated) ? "" : f(" Corpus generated in %.1f s.", this.generated)));
		md.append("| load | rows | seconds | rows/s | vs normgraph |\n|---|---:|---:|---:|---:|\n");
		double normgraph = this.imports.containsKey("normgraph importer") ? this.imports.get("normgraph importer")[1]
				: Double.NaN;
		this.imports.forEach((load, figures) -> md.append(f("| %s | %,.0f | %.1f | %,.0f | %.2fx |%n", load, figures[0],
				figures[1], figures[0] / figures[1], normgraph / figures[1])));
		if (this.importFailure != null) {
			md.append(f("%n**The normgraph import failed after %.1f s** (nothing written, all or nothing): %s%n",
					this.importSeconds, this.importFailure));
		}
		md.append(f("%nnormgraph import: transaction memory peak %s (Neo4j's estimate, SHOW TRANSACTIONS, "
				+ "polled each second); ", mb(this.transactionMemory)));
		md.append(f("live heap peak %s (largest heap in use after a collection), "
				+ "peak heap %s (sum of heap pool peaks), heap after import and GC %s, "
				+ "GC time during import %.1f s; RSS after import %s (peak %s); RSS at the end %s (peak %s).%n%n",
				mb(this.liveHeap), mb(this.peakHeap), mb(this.heapAfterImport), this.importGcSeconds, mb(this.rssAfterImport[0]),
				mb(this.rssAfterImport[1]), mb(this.rss[0]), mb(this.rss[1])));
		md.append("Lineage upstream (types DERIVES_FROM,CROSS_REFERENCES), ms, sampled roots in the later half of the "
				+ "instruments; depth 0 is the floor, a node by id:\n\n");
		md.append("| depth | paths | nodes | endpoint | median | p99 | median vs raw |\n"
				+ "|---:|---:|---:|---|---:|---:|---:|\n");
		table(md, Map.of(0, this.floor));
		table(md, this.lineage);
		md.append("\nDerived from (DERIVES_FROM chains up to the depth, then PART_OF), ms, sampled roots in the foundational "
				+ "instruments; the endpoints are fixed at depth 6:\n\n");
		md.append("| depth | paths (part, chain) | provisions | endpoint | median | p99 | median vs raw |\n"
				+ "|---:|---:|---:|---|---:|---:|---:|\n");
		table(md, this.derived);
		md.append("\nPlans (operators, leaves first):\n\n");
		this.plans.forEach((what, operators) -> md.append(f("- %s: %s%n", what, operators)));
		return md.toString();
	}

	/** "raw Bolt, same Cypher" is the walk's statements over a raw session; the paths are the rows of the path-per-row reference. */
	private static void table(StringBuilder md, Map<Integer, Measured> measured) {
		measured.forEach((depth, m) -> {
			Latencies raw = m.latencies.get("raw Bolt, same Cypher");
			m.latencies.forEach((endpoint, l) -> md.append(f("| %d | %,.0f | %s | %s | %.1f | %.1f | %.2fx |%n", depth,
					m.paths, f("%,.0f", m.nodes), endpoint, l.median(), l.p99(), l.median() / raw.median())));
		});
	}

	void write() throws IOException {
		Path file = Path.of("target/benchmark/scale-" + this.provisions + ".md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, markdown());
		System.out.println(markdown());
	}

	private static String mb(long bytes) {
		return f("%,d MiB", bytes / (1024 * 1024));
	}

	private static String f(String format, Object... args) {
		return String.format(Locale.ROOT, format, args);
	}

}
