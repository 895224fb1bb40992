package io.normgraph.reuse.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.normgraph.reuse.ReuseRun;
import io.normgraph.synthetic.PlantedReuseCorpus;

/** What {@link ReuseThroughGraph} measured at one size, and the Markdown rows it is reported as. */
final class ReuseGraphFigures {

	static final String FULL_HEADER = """
			| provisions | words median / max | import s (CPU s) | read alone s (CPU s) | full run s: index (pages read) / compare (texts read) / write / **total** | full run CPU s | engine alone s (index + compare), CPU s | graph's share of the run, wall / CPU | stored findings / roll-ups | precision / recall, read back | pairs stored not by engine / by engine not stored |
			|---:|---|---:|---:|---|---:|---|---:|---|---|---|""";

	static final String WRITE_HEADER = """
			| provisions | findings written | write s (CPU s) | heap after GC as the write began | largest heap after GC while writing | heap pools' peak while writing | Neo4j's estimate of the transaction's heap |
			|---:|---:|---:|---:|---:|---:|---:|""";

	int requested;

	int provisions;

	int added;

	int[] words = new int[2];

	String loadBefore = "";

	String loadAfter = "";

	private static final String NOT_RUN = "not run";

	double importWall;

	double importCpu;

	double addedImportWall;

	double readWall;

	double readCpu;

	final Set<String> enginePairs = new HashSet<>();

	final Set<String> engineIncrementalPairs = new HashSet<>();

	/** The engine alone on the same texts; null when the run was measured without it. */
	@Nullable ReuseRun engine;

	double engineCpu;

	@Nullable ReuseRun engineIncrementalIndex;

	@Nullable ReuseRun engineIncremental;

	double engineIncrementalCpu;

	long heapBeforeRun;

	long liveHeapDuringRun;

	PhaseClock full;

	ReuseSummary fullSummary;

	String commandOutput = "";

	long storedFindings;

	long storedRollups;

	double precision;

	double recall;

	long @Nullable [] vsEngine = new long[2];

	double addedImportCpu;

	/** The runs for the new 1%, the first (after its import) first. */
	final List<IncrementalFigures> incrementalRuns = new ArrayList<>();

	/** The pairs touching the new 1% that the first of them stored. */
	final Set<String> firstIncrementalPairs = new HashSet<>();

	String fullRow() {
		String engine = NOT_RUN;
		String share = NOT_RUN;
		if (this.engine != null) {
			double engineWall = (this.engine.indexMillis() + this.engine.compareMillis()) / 1e3;
			engine = String.format(Locale.ROOT, "%.1f (%.1f + %.1f), %.1f", engineWall, this.engine.indexMillis() / 1e3,
					this.engine.compareMillis() / 1e3, this.engineCpu);
			share = String.format(Locale.ROOT, "%.0f%% / %.0f%%", 100 * (1 - engineWall / this.full.totalWall()),
					100 * (1 - this.engineCpu / this.full.totalCpu()));
		}
		return String.format(Locale.ROOT,
				"| %,d | %d / %,d | %.1f (%.1f) | %.1f (%.1f) | %.1f / %.1f / %.1f / **%.1f** | %.1f | %s | %s | %,d / %,d | %.3f / %.3f | %s |",
				this.provisions, this.words[0], this.words[1], this.importWall, this.importCpu, this.readWall, this.readCpu,
				this.fullSummary.run().indexMillis() / 1e3, this.fullSummary.run().compareMillis() / 1e3,
				this.full.wall("writing"), this.full.totalWall(), this.full.totalCpu(), engine, share, this.storedFindings,
				this.storedRollups, this.precision, this.recall, differences(this.vsEngine));
	}

	private static String differences(long @Nullable [] vsEngine) {
		return (vsEngine != null) ? vsEngine[0] + " / " + vsEngine[1] : NOT_RUN;
	}

	String writeRow() {
		// Without a collection during the write there is no heap-after-collection to report.
		String live = (this.full.liveHeapDuringWrite == 0) ? "no collection"
				: String.format(Locale.ROOT, "%d MiB (+%d)", mib(this.full.liveHeapDuringWrite),
						mib(this.full.liveHeapDuringWrite - this.full.heapBeforeWrite));
		return String.format(Locale.ROOT, "| %,d | %,d + %,d roll-ups | %.1f (%.1f) | %d MiB | %s | %d MiB | %d MiB |",
				this.provisions, this.fullSummary.provisionRelationships(), this.fullSummary.instrumentRelationships(),
				this.full.wall("writing"), this.full.cpu("writing"), mib(this.full.heapBeforeWrite), live,
				mib(this.full.peakHeapDuringWrite), mib(this.full.transactionMemory));
	}

	/** A row for each run for the new 1% ({@link IncrementalFigures#HEADER}). */
	List<String> incrementalRows() {
		return this.incrementalRuns.stream().map((run) -> run.row(this.provisions, this.added, this.full)).toList();
	}

	/** The run by the path a user takes to a kept index in memory: {@code reuse --corpus} in a server. */
	IncrementalFigures keptInMemory() {
		return this.incrementalRuns.get(1);
	}

	/** The engine alone doing a corpus run's work in memory: index everything else, then compare the new 1%. */
	String engineIncremental() {
		if (this.engineIncrementalIndex == null || this.engineIncremental == null) {
			return NOT_RUN;
		}
		return String.format(Locale.ROOT, "%.1f s (index %.1f, the new %.1f), %.1f CPU s",
				(this.engineIncrementalIndex.indexMillis() + this.engineIncremental.indexMillis()
						+ this.engineIncremental.compareMillis()) / 1e3,
				this.engineIncrementalIndex.indexMillis() / 1e3,
				(this.engineIncremental.indexMillis() + this.engineIncremental.compareMillis()) / 1e3,
				this.engineIncrementalCpu);
	}

	/** Everything else worth reading: loads, heap, the command's own summary lines. */
	String notes() {
		return String.format(Locale.ROOT,
				"%,d provisions: load average %s before, %s after; heap after GC before the full run %d MiB, largest after GC during it %d MiB;%n"
						+ "full run phases (wall s, CPU s): %s;%nimport of the new %.1f s (%.1f CPU s, its run after it included); "
						+ "the runs for the new 1%%, their steps (ms): %s;%n"
						+ "engine alone for the new 1%%: %s;%n%s",
				this.provisions, this.loadBefore, this.loadAfter, mib(this.heapBeforeRun), mib(this.liveHeapDuringRun),
				phases(this.full), this.addedImportWall, this.addedImportCpu,
				String.join("; ", this.incrementalRuns.stream().map(IncrementalFigures::steps).toList()),
				engineIncremental(), this.commandOutput);
	}

	private static String phases(PhaseClock clock) {
		StringBuilder text = new StringBuilder();
		clock.phases.forEach((phase, t) -> text.append(String.format(Locale.ROOT, "%s %.1f / %.1f  ", phase, t[0], t[1])));
		return text.toString().strip();
	}

	static long mib(long bytes) {
		return bytes >> 20;
	}

	static int[] words(List<PlantedReuseCorpus.Provision> provisions) {
		int[] words = provisions.stream().mapToInt((p) -> p.text().split(" ").length).sorted().toArray();
		return new int[] { words[words.length / 2], words[words.length - 1] };
	}

	/** The 1-, 5- and 15-minute load averages, from /proc (empty elsewhere). */
	static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (IOException ex) {
			return "";
		}
	}

}
