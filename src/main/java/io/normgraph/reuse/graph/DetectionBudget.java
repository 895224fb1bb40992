package io.normgraph.reuse.graph;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import io.normgraph.reuse.IndexMemory;
import io.normgraph.reuse.graph.GraphProvisions.Volume;

/**
 * Whether the detection that follows an import fits in this process's heap, decided before it
 * starts: its index of every provision with text ({@link IndexMemory}) may take at most half of
 * the maximum heap; the other half holds the database's and the application's own structures and
 * the run's working set (a chunk of texts and their candidates, the findings and the ids of what
 * it compares). An import's memory is bounded; this index grows with the graph, so without the
 * check a large graph would fill the heap after the import had been published, and the process
 * would spend minutes collecting before it failed.
 *
 * @param maxHeap the heap's maximum ({@link Runtime#maxMemory()})
 */
record DetectionBudget(long maxHeap) {

	static DetectionBudget ofThisProcess() {
		return new DetectionBudget(Runtime.getRuntime().maxMemory());
	}

	/** Whether an index of this volume fits. */
	boolean fits(Volume volume) {
		return IndexMemory.bytes(volume.provisions(), volume.characters()) <= this.maxHeap / 2;
	}

	/**
	 * The one line that says the run after an import was not made, and how to make it later; null
	 * when it fits.
	 */
	@Nullable String deferred(String corpus, boolean removed, Volume volume) {
		if (fits(volume)) {
			return null;
		}
		long index = IndexMemory.bytes(volume.provisions(), volume.characters());
		String heap = heapFor(index);
		return String.format(Locale.ROOT,
				"Text reuse after the %s of corpus %s was not run: its index of the graph's %,d provisions with text "
						+ "would need about %,d MiB, more than half of this process's maximum heap (%,d MiB). The %s stands. "
						+ "To detect it, run it with a larger heap: JAVA_OPTS=%s bin/normgraph reuse --corpus=%s "
						+ "(or java %s -jar normgraph.jar reuse --corpus=%s)",
				removed ? "removal" : "import", corpus, volume.provisions(), index >> 20, this.maxHeap >> 20,
				removed ? "removal" : "import", heap, corpus, heap, corpus);
	}

	/** The smallest {@code -Xmx} of a power of two (in MiB) at least twice the index. */
	static String heapFor(long indexBytes) {
		long need = (2 * indexBytes + (1 << 20) - 1) >> 20;
		long megabytes = Math.max(512, Long.highestOneBit(Math.max(1, need - 1)) << 1);
		return (megabytes % 1024 == 0) ? "-Xmx" + megabytes / 1024 + "g" : "-Xmx" + megabytes + "m";
	}

}
