package io.normgraph.reuse.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.normgraph.reuse.IndexMemory;
import io.normgraph.reuse.graph.GraphProvisions.Volume;

class DetectionBudgetTests {

	private static final long MIB = 1L << 20;

	/** The generated corpus of a million provisions (docs/benchmarks.md): about 120 characters a text. */
	private static final Volume MILLION = new Volume(1_000_000, 120_000_000);

	@Test
	void anIndexFitsInHalfOfTheHeap() {
		long index = IndexMemory.bytes(MILLION.provisions(), MILLION.characters());
		assertThat(new DetectionBudget(2 * index).fits(MILLION)).isTrue();
		assertThat(new DetectionBudget(2 * index - 2).fits(MILLION)).isFalse();
	}

	@Test
	void aMillionGeneratedProvisionsAreDeferredIn512MiBAndRunIn2GiB() {
		assertThat(new DetectionBudget(512 * MIB).deferred("big", false, MILLION)).isNotNull();
		assertThat(new DetectionBudget(2048 * MIB).deferred("big", false, MILLION)).isNull();
	}

	@Test
	void theLineSaysWhatWasNotDoneAndTheHeapToRunItWith() {
		assertThat(new DetectionBudget(512 * MIB).deferred("big", false, MILLION)).isEqualTo(
				"Text reuse after the import of corpus big was not run: its index of the graph's 1,000,000 provisions with text would need about "
						+ (IndexMemory.bytes(1_000_000, 120_000_000) >> 20)
						+ " MiB, more than half of this process's maximum heap (512 MiB). The import stands. To detect it, run it with a larger heap: "
						+ "JAVA_OPTS=-Xmx1g bin/normgraph reuse --corpus=big (or java -Xmx1g -jar normgraph.jar reuse --corpus=big)");
		assertThat(new DetectionBudget(512 * MIB).deferred("big", true, MILLION)).contains("after the removal of corpus big")
			.contains("The removal stands");
	}

	@Test
	void theHeapToSuggestIsAPowerOfTwoAtLeastTwiceTheIndex() {
		assertThat(DetectionBudget.heapFor(10 * MIB)).isEqualTo("-Xmx512m");
		assertThat(DetectionBudget.heapFor(256 * MIB)).isEqualTo("-Xmx512m");
		assertThat(DetectionBudget.heapFor(256 * MIB + 1)).isEqualTo("-Xmx1g");
		assertThat(DetectionBudget.heapFor(900 * MIB)).isEqualTo("-Xmx2g");
		assertThat(DetectionBudget.heapFor(3000 * MIB)).isEqualTo("-Xmx8g");
	}

}
