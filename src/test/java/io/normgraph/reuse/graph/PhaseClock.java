package io.normgraph.reuse.graph;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;

import io.normgraph.synthetic.LiveHeap;
import io.normgraph.synthetic.TransactionMemory;

/**
 * Listens to a run's progress and times each phase (wall and process CPU seconds) as the run
 * moves from one to the next; around the write it also measures memory: the heap in use after a
 * full collection as the write begins (the run's findings and index included), the largest heap
 * still in use after any collection while it writes, the heap pools' peak, and the largest
 * memory Neo4j accounts to the write's transaction.
 */
final class PhaseClock implements Consumer<ReuseProgress> {

	/** Phase name to {wall s, CPU s}, in the order the run went through them. */
	final Map<String, double[]> phases = new LinkedHashMap<>();

	long heapBeforeWrite;

	long liveHeapDuringWrite;

	long peakHeapDuringWrite;

	long transactionMemory;

	private final Driver driver;

	/** Whether the write's memory is measured (full collections, a sampler): costs a small run seconds. */
	private final boolean memory;

	private String current = "reading";

	private long wallAt = System.nanoTime();

	private long cpuAt = cpu();

	private @Nullable LiveHeap live;

	private @Nullable TransactionMemory transaction;

	PhaseClock(Driver driver) {
		this(driver, true);
	}

	/**
	 * @param memory whether to measure the write's memory; off for the runs for a small corpus,
	 * whose own time two full collections and a sampler would outweigh
	 */
	PhaseClock(Driver driver, boolean memory) {
		this.driver = driver;
		this.memory = memory;
	}

	@Override
	public void accept(ReuseProgress progress) {
		if (progress.phase().equals(this.current)) {
			return;
		}
		close();
		if (this.memory && progress.phase().equals("writing")) {
			this.heapBeforeWrite = usedAfterGc();
			ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
			this.live = new LiveHeap();
			this.transaction = new TransactionMemory(this.driver);
		}
		this.current = progress.phase();
		this.wallAt = System.nanoTime();
		this.cpuAt = cpu();
	}

	double wall(String phase) {
		return this.phases.getOrDefault(phase, new double[2])[0];
	}

	double cpu(String phase) {
		return this.phases.getOrDefault(phase, new double[2])[1];
	}

	double totalWall() {
		return this.phases.values().stream().mapToDouble((p) -> p[0]).sum();
	}

	double totalCpu() {
		return this.phases.values().stream().mapToDouble((p) -> p[1]).sum();
	}

	private void close() {
		this.phases.merge(this.current,
				new double[] { (System.nanoTime() - this.wallAt) / 1e9, (cpu() - this.cpuAt) / 1e9 },
				(a, b) -> new double[] { a[0] + b[0], a[1] + b[1] });
		if (this.current.equals("writing") && this.live != null && this.transaction != null) {
			this.liveHeapDuringWrite = this.live.stop();
			this.transactionMemory = this.transaction.stop();
			this.peakHeapDuringWrite = ManagementFactory.getMemoryPoolMXBeans().stream()
				.filter((pool) -> pool.getType() == MemoryType.HEAP)
				.mapToLong((pool) -> pool.getPeakUsage().getUsed())
				.sum();
		}
	}

	/** CPU time of the whole process, all threads (Neo4j's included). */
	static long cpu() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/** Heap in use after full collections. */
	static long usedAfterGc() {
		for (int i = 0; i < 2; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
