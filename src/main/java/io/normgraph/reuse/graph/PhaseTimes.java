package io.normgraph.reuse.graph;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The wall time of each step of a run (ms), in the order the run took them: what the run's log
 * line and summary show, so that where a small run's time goes (its fixed costs) is on record.
 * A step taken twice adds up. Used by one thread.
 */
final class PhaseTimes {

	private final Map<String, Long> nanos = new LinkedHashMap<>();

	private long at = System.nanoTime();

	/** The time since the last lap (or since this was made) goes to {@code step}. */
	void lap(String step) {
		long now = System.nanoTime();
		this.nanos.merge(step, now - this.at, Long::sum);
		this.at = now;
	}

	/** Each step's milliseconds so far. */
	Map<String, Long> millis() {
		Map<String, Long> millis = new LinkedHashMap<>();
		this.nanos.forEach((step, time) -> millis.put(step, time / 1_000_000));
		return millis;
	}

	@Override
	public String toString() {
		return this.nanos.entrySet().stream()
			.map((e) -> e.getKey() + " " + String.format(Locale.ROOT, "%.1f", e.getValue() / 1e6) + " ms")
			.collect(Collectors.joining(", "));
	}

}
