package io.normgraph.synthetic;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Latencies by endpoint for one query and depth, with the result size. */
final class Measured {

	final Map<String, Latencies> latencies = new LinkedHashMap<>();

	double paths;

	double nodes;

	void time(String what, boolean warmUp, Supplier<Integer> call) {
		long start = System.nanoTime();
		call.get();
		long elapsed = System.nanoTime() - start;
		if (!warmUp) {
			this.latencies.computeIfAbsent(what, (key) -> new Latencies()).add(elapsed);
		}
	}

}
