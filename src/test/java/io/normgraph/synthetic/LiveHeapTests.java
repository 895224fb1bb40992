package io.normgraph.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The benchmarks' "heap after GC" counts the heap's pools only: what -Xmx bounds.
 */
class LiveHeapTests {

	@Test
	void aCollectionsMetaspaceAndCodeCacheAreNotCountedAsHeap() {
		Map<String, MemoryUsage> afterGc = new HashMap<>();
		long heap = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			long used = (pool.getType() == MemoryType.HEAP) ? 1_000 : 1_000_000;
			afterGc.put(pool.getName(), new MemoryUsage(0, used, used, -1));
			heap += (pool.getType() == MemoryType.HEAP) ? used : 0;
		}
		LiveHeap live = new LiveHeap();
		try {
			assertThat(heap).as("this JVM reports heap pools").isPositive();
			assertThat(live.heapUsed(afterGc)).isEqualTo(heap);
		}
		finally {
			live.stop();
		}
	}

}
