package io.normgraph.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.normgraph.graph.GraphNode;
import io.normgraph.system.BadParameterException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AsOfTests {

	@Test
	void aPartialDateStandsForItsLastDay() {
		assertThat(AsOf.parse("2008").day()).isEqualTo(LocalDate.of(2008, 12, 31));
		assertThat(AsOf.parse("2008-02").day()).isEqualTo(LocalDate.of(2008, 2, 29));
		assertThat(AsOf.parse("2008-04-30").day()).isEqualTo(LocalDate.of(2008, 4, 30));
		assertThat(AsOf.parse(null)).isNull();
		assertThat(AsOf.parse("")).isNull();
	}

	@Test
	void anUnparseableDateIsABadParameterNamingIt() {
		for (String bad : List.of("2008-13", "2008-02-30", "June 2008", "08-04-30", "2008/04/30", "20080430")) {
			assertThatExceptionOfType(BadParameterException.class).isThrownBy(() -> AsOf.parse(bad))
				.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("asOf"))
				.withMessageStartingWith("asOf '" + bad + "' is not");
		}
		assertThatExceptionOfType(BadParameterException.class).isThrownBy(() -> AsOf.parse("x", "at"))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("at"));
	}

	/** An event known to the month happened within that month: by the end of it, maybe on its first day. */
	@Test
	void anEventIsReachedFromTheFirstDayItsDateCanMean() {
		AsOf endOfApril = AsOf.parse("2008-04-30");
		assertThat(endOfApril.reached("2008-04-23")).isTrue();
		assertThat(endOfApril.reached("2008-04")).isTrue();
		assertThat(endOfApril.reached("2008")).isTrue();
		assertThat(endOfApril.reached("2008-05")).isFalse();
		assertThat(endOfApril.reached("2008-06-23")).isFalse();
		assertThat(endOfApril.reached(null)).as("undated: kept").isTrue();
		assertThat(AsOf.parse("2008-03-31").reached("2008-04")).isFalse();
		assertThat(AsOf.parse("2008-04-01").reached("2008-04")).isTrue();
	}

	@Test
	void theRuleInCypherIsOpenOnAMissingBoundAndOffWithoutADate() {
		assertThat(AsOf.holds("n")).isEqualTo(
				"(coalesce(n.validFrom <= $asOf, true) AND coalesce(n.validUntil >= $asOf, true))");
		assertThat(org.neo4j.cypherdsl.core.Cypher.match(org.neo4j.cypherdsl.core.Cypher.anyNode("n"))
			.where(AsOf.holds(org.neo4j.cypherdsl.core.Cypher.name("n")))
			.returning(org.neo4j.cypherdsl.core.Cypher.name("n"))
			.build()
			.getCypher()).as("the same rule built with Cypher-DSL")
			.contains("coalesce(n.validFrom <= $asOf, true) AND coalesce(n.validUntil >= $asOf, true)")
			.doesNotContain(" OR ");
	}

	@Test
	void onlyAsOfAnswersMarkWhatHasNoStartDate() {
		GraphNode undated = new GraphNode("trips-art-51", List.of("Provision"), "TRIPS Article 51", Map.of());
		GraphNode dated = new GraphNode("wco-secure-wg-3", List.of("Meeting"), "WG3",
				Map.of("validFrom", LocalDate.of(2008, 4, 23)));
		AsOf asOf = AsOf.parse("2008-04-30");
		assertThat(AsOf.mark(asOf, undated).properties()).containsEntry("undated", true);
		assertThat(AsOf.mark(asOf, dated).properties()).doesNotContainKey("undated");
		assertThat(AsOf.mark(null, undated).properties()).doesNotContainKey("undated");
	}

}
