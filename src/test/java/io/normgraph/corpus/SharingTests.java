package io.normgraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.normgraph.corpus.NodeState.CoAssertion;
import io.normgraph.corpus.Sharing.Conflict;

/**
 * One node shared by corpora: what each may add, what it may not change, and what goes when
 * one of them goes.
 */
class SharingTests {

	/** {@code usa} as the bundled corpus asserts it. */
	private final NodeState usa = new NodeState("usa", "Actor", Map.of("id", "usa", "name", "United States",
			"kind", "state", "source", "li-2008", "locator", "IV.2.1", "corpus", "secure", "corpora", List.of("secure")),
			"secure", List.of());

	@Test
	void anotherCorpusAddsPropertiesAndKeepsItsOwnProvenance() {
		Sharing.Outcome outcome = Sharing.assertBy(this.usa, "trade",
				row("name", "United States", "region", "Americas", "source", "wto-rta", "locator", "parties row 12"));
		assertThat(outcome.conflicts()).isEmpty();
		NodeState shared = outcome.state();
		assertThat(shared.properties()).containsEntry("region", "Americas")
			.containsEntry("kind", "state")
			.containsEntry("source", "li-2008")
			.containsEntry("locator", "IV.2.1")
			.containsEntry("corpus", "secure")
			.containsEntry("corpora", List.of("secure", "trade"));
		assertThat(shared.others()).singleElement().satisfies((trade) -> {
			assertThat(trade.corpus()).isEqualTo("trade");
			assertThat(trade.provenance()).isEqualTo(Map.of("source", "wto-rta", "locator", "parties row 12"));
			assertThat(trade.keys()).containsExactlyInAnyOrder("name", "region");
			assertThat(trade.added()).containsExactly("region");
		});
	}

	@Test
	void aDifferentValueIsAConflictAndTheNodeKeepsItsValue() {
		Sharing.Outcome outcome = Sharing.assertBy(this.usa, "trade",
				row("name", "United States of America", "kind", "state", "source", "wto-rta", "locator", "row 12"));
		assertThat(outcome.conflicts())
			.containsExactly(new Conflict("name", "United States", "secure", "United States of America"));
		assertThat(outcome.state().properties()).containsEntry("name", "United States");
		assertThat(outcome.state().others().get(0).keys()).containsExactly("kind");
	}

	@Test
	void theOwnerMayChangeWhatOnlyItGivesButNotWhatAnotherCorpusAlsoGives() {
		NodeState shared = Sharing.assertBy(this.usa, "trade",
				row("name", "United States", "region", "Americas", "source", "wto-rta", "locator", "row 12")).state();
		Sharing.Outcome outcome = Sharing.assertBy(shared, "secure",
				row("name", "USA", "kind", "federal state", "source", "li-2008", "locator", "IV.2.2"));
		assertThat(outcome.conflicts()).containsExactly(new Conflict("name", "United States", "trade", "USA"));
		assertThat(outcome.state().properties()).containsEntry("name", "United States")
			.containsEntry("kind", "federal state")
			.containsEntry("region", "Americas")
			.containsEntry("locator", "IV.2.2");
	}

	@Test
	void whenAnotherCorpusGoesItTakesOnlyWhatItAloneGave() {
		NodeState shared = Sharing.assertBy(this.usa, "trade",
				row("name", "United States", "region", "Americas", "source", "wto-rta", "locator", "row 12")).state();
		NodeState after = Sharing.retract(shared, "trade");
		assertThat(after).isEqualTo(this.usa);
	}

	@Test
	void whenTheOwnerGoesTheNextCorpusOwnsWhatItGave() {
		NodeState shared = Sharing.assertBy(this.usa, "trade",
				row("name", "United States", "region", "Americas", "source", "wto-rta", "locator", "row 12")).state();
		NodeState after = Sharing.retract(shared, "secure");
		assertThat(after.owner()).isEqualTo("trade");
		assertThat(after.others()).isEmpty();
		assertThat(after.properties()).isEqualTo(Map.of("id", "usa", "name", "United States", "region", "Americas",
				"source", "wto-rta", "locator", "row 12", "corpus", "trade", "corpora", List.of("trade")));
	}

	@Test
	void aNodeNoCorpusAssertsGoes() {
		assertThat(Sharing.retract(this.usa, "secure")).isNull();
		assertThat(Sharing.retract(this.usa, "other")).isSameAs(this.usa);
	}

	@Test
	void aThirdCorpusSeesWhoGaveWhat() {
		NodeState shared = Sharing.assertBy(this.usa, "trade",
				row("name", "United States", "region", "Americas", "source", "wto-rta", "locator", "row 12")).state();
		Sharing.Outcome third = Sharing.assertBy(shared, "votes",
				row("region", "North America", "kind", "state", "source", "un-votes", "locator", "row 3"));
		assertThat(third.conflicts()).containsExactly(new Conflict("region", "Americas", "trade", "North America"));
		NodeState withoutOwner = Sharing.retract(third.state(), "secure");
		assertThat(withoutOwner.owner()).isEqualTo("trade");
		assertThat(withoutOwner.properties()).containsEntry("kind", "state").containsEntry("region", "Americas");
		assertThat(withoutOwner.others()).singleElement()
			.isEqualTo(new CoAssertion("votes", Map.of("source", "un-votes", "locator", "row 3"), Set.of("kind"), Set.of("kind")));
	}

	@Test
	void numbersCompareByValue() {
		assertThat(Sharing.equal(3L, 3)).isTrue();
		assertThat(Sharing.equal(3.0, 3L)).isTrue();
		assertThat(Sharing.equal(3.5, 3L)).isFalse();
		assertThat(Sharing.equal("3", 3L)).isFalse();
	}

	private static Map<String, Object> row(Object... keysAndValues) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", "usa");
		for (int i = 0; i < keysAndValues.length; i += 2) {
			row.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return row;
	}

}
