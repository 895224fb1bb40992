package io.normgraph.synthetic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Samples of one measurement, in milliseconds, with the figures the report shows. */
final class Latencies {

	private final List<Double> millis = new ArrayList<>();

	void add(long nanos) {
		this.millis.add(nanos / 1e6);
	}

	int count() {
		return this.millis.size();
	}

	double median() {
		return percentile(50);
	}

	double max() {
		return percentile(100);
	}

	double p99() {
		return percentile(99);
	}

	private double percentile(double p) {
		if (this.millis.isEmpty()) {
			return Double.NaN;
		}
		List<Double> sorted = new ArrayList<>(this.millis);
		Collections.sort(sorted);
		int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

}
