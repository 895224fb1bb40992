package io.normgraph.reuse.graph;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One run for the newest 1% in {@link ReuseThroughGraph}: which path it took (the index kept in
 * memory, taken up from its file, or rebuilt from the graph), what it cost against the full run,
 * and whether it stored the same reuse as the others.
 */
final class IncrementalFigures {

	static final String HEADER = """
			| provisions + new | run for the new 1% | index taken / rebuilt s | index + compare the new s | write s | **total s** | CPU s | **of the full run: wall, CPU** | findings about the new | precision / recall of the new, read back | pairs not in the first row's / in it not here | not the engine's / the engine's not here |
			|---|---|---:|---:|---:|---:|---:|---|---:|---|---|---|""";

	final String path;

	final ReuseSummary summary;

	/** Process CPU s of the run alone; NaN when the run cannot be told apart (inside an import). */
	final double cpu;

	double precision;

	double recall;

	long[] vsFirst = new long[2];

	long @Nullable [] vsEngine;

	IncrementalFigures(String path, ReuseSummary summary, double cpu) {
		this.path = path;
		this.summary = summary;
		this.cpu = cpu;
	}

	double wall() {
		return this.summary.totalMillis() / 1e3;
	}

	/** The time to take up or rebuild the index (the plan's steps), s. */
	double index() {
		return this.summary.stepMillis().entrySet().stream()
			.filter((e) -> e.getKey().startsWith("plan"))
			.mapToLong(Map.Entry::getValue)
			.sum() / 1e3;
	}

	/** Whether the run took the kept index (in memory or from its file). */
	boolean tookKeptIndex() {
		return this.summary.stepMillis().containsKey(IncrementalPlanner.KEPT);
	}

	String row(int provisions, int added, PhaseClock full) {
		String cpu = Double.isNaN(this.cpu) ? "(in the import's)" : String.format(Locale.ROOT, "%.2f", this.cpu);
		String ofCpu = Double.isNaN(this.cpu) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * this.cpu / full.totalCpu());
		return String.format(Locale.ROOT,
				"| %,d + %,d | %s | %.2f | %.2f | %.2f | **%.2f** | %s | **%.1f%%**, %s | %,d | %.3f / %.3f | %d / %d | %s |",
				provisions, added, this.path, index(),
				(this.summary.run().indexMillis() + this.summary.run().compareMillis()) / 1e3,
				this.summary.writeMillis() / 1e3, wall(), cpu, 100 * wall() / full.totalWall(), ofCpu,
				this.summary.provisionRelationships(), this.precision, this.recall, this.vsFirst[0], this.vsFirst[1],
				(this.vsEngine != null) ? this.vsEngine[0] + " / " + this.vsEngine[1] : "not run");
	}

	/** The run's steps (ms), for the notes. */
	String steps() {
		return this.path + ": " + this.summary.stepMillis();
	}

}
