package io.normgraph.reuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The instrument-level roll-up: for each (later, earlier) pair of instruments in the findings, the
 * share of the later instrument's text inside spans taken from the earlier one. Spans of one
 * later provision are merged first, so text taken twice (from two provisions of the same
 * earlier instrument) counts once. Works on any set of findings (one run's, or all stored ones
 * of an instrument pair after an incremental run).
 */
public final class InstrumentRollup {

	private InstrumentRollup() {
	}

	/**
	 * @param instrumentChars characters of text of an instrument's provisions, e.g.
	 * {@link ReuseIndex#instrumentChars(String)}
	 */
	public static List<InstrumentReuse> of(Iterable<ReuseFinding> findings, ToLongFunction<String> instrumentChars) {
		Map<List<String>, Map<String, List<int[]>>> byPair = new LinkedHashMap<>();
		Map<List<String>, Boolean> directed = new LinkedHashMap<>();
		for (ReuseFinding f : findings) {
			List<String> pair = List.of(f.laterInstrument(), f.earlierInstrument());
			directed.merge(pair, f.directed(), Boolean::logicalAnd);
			List<int[]> ranges = byPair.computeIfAbsent(pair, (k) -> new LinkedHashMap<>())
				.computeIfAbsent(f.later(), (k) -> new ArrayList<>());
			f.spans().forEach((s) -> ranges.add(new int[] { s.laterStart(), s.laterEnd() }));
		}
		List<InstrumentReuse> result = new ArrayList<>();
		byPair.forEach((pair, provisions) -> {
			long reused = provisions.values().stream().mapToLong(Ranges::union).sum();
			long total = instrumentChars.applyAsLong(pair.get(0));
			double share = (total == 0) ? 0 : Math.min(1.0, reused / (double) total);
			result.add(new InstrumentReuse(pair.get(0), pair.get(1), directed.get(pair), share, provisions.size()));
		});
		result.sort(Comparator.comparingDouble(InstrumentReuse::share).reversed()
			.thenComparing(InstrumentReuse::later).thenComparing(InstrumentReuse::earlier));
		return result;
	}

}
