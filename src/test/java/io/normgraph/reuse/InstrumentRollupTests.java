package io.normgraph.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The instrument-level roll-up: share of the later instrument's characters, text taken twice counted once. */
class InstrumentRollupTests {

	@Test
	void theShareIsTheUnionOfEachLaterProvisionsSpansOverTheLaterInstrumentsText() {
		List<ReuseFinding> findings = List.of(finding("b-1", "a-1", "b", "a", new ReusedSpan(0, 100, 0, 100)),
				finding("b-1", "a-2", "b", "a", new ReusedSpan(50, 150, 0, 100)),
				finding("b-2", "a-1", "b", "a", new ReusedSpan(0, 50, 0, 50)),
				finding("c-1", "a-1", "c", "a", new ReusedSpan(0, 10, 0, 10)));
		Map<String, Long> chars = Map.of("a", 1000L, "b", 1000L, "c", 40L);
		List<InstrumentReuse> rollup = InstrumentRollup.of(findings, chars::get);
		assertThat(rollup).containsExactly(new InstrumentReuse("c", "a", true, 0.25, 1),
				new InstrumentReuse("b", "a", true, 0.2, 2));
	}

	@Test
	void aPairIsDirectedOnlyIfEveryFindingBetweenItsInstrumentsIs() {
		ReuseFinding undirected = new ReuseFinding("b-1", "a-1", "b", "a", false, 0.5, 0.5, 0.5, 0.5,
				List.of(new ReusedSpan(0, 10, 0, 10)));
		assertThat(InstrumentRollup.of(List.of(finding("b-2", "a-1", "b", "a", new ReusedSpan(0, 10, 0, 10)), undirected),
				(i) -> 100L)).singleElement().satisfies((r) -> assertThat(r.directed()).isFalse());
	}

	private static ReuseFinding finding(String later, String earlier, String laterInstrument, String earlierInstrument,
			ReusedSpan span) {
		return new ReuseFinding(later, earlier, laterInstrument, earlierInstrument, true, 0.5, 0.5, 0.5, 0.5,
				List.of(span));
	}

}
