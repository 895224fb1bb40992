package io.normgraph.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** Partial ISO dates as intervals: only dates that cannot overlap decide an order. */
class PartialDateTests {

	@Test
	void aDateIsBeforeAnotherOnlyWhenItsLastDayIsBeforeTheOthersFirst() {
		assertThat(PartialDate.before(PartialDate.parse("2008-05"), PartialDate.parse("2008-06-30"))).isTrue();
		assertThat(PartialDate.before(PartialDate.parse("2007"), PartialDate.parse("2008-01-01"))).isTrue();
		assertThat(PartialDate.before(PartialDate.parse("2008"), PartialDate.parse("2008-06"))).isFalse();
		assertThat(PartialDate.before(PartialDate.parse("2008-06"), PartialDate.parse("2008"))).isFalse();
		assertThat(PartialDate.before(PartialDate.parse("2008-06-30"), PartialDate.parse("2008-06-30"))).isFalse();
		assertThat(PartialDate.before(PartialDate.parse("2008-06-29"), PartialDate.parse("2008-06-30"))).isTrue();
		assertThat(PartialDate.before(null, PartialDate.parse("2008"))).isFalse();
		assertThat(PartialDate.parse(" ")).isNull();
	}

	@Test
	void aMonthAndAYearStandForAllTheirDays() {
		assertThat(PartialDate.parse("2008-02")).isEqualTo(new PartialDate(
				java.time.LocalDate.of(2008, 2, 1).toEpochDay(), java.time.LocalDate.of(2008, 2, 29).toEpochDay()));
		assertThat(PartialDate.parse("2008").lastDay()).isEqualTo(java.time.LocalDate.of(2008, 12, 31).toEpochDay());
	}

	@Test
	void somethingElseIsAnErrorThatSaysWhatWasExpected() {
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("30/06/2008"))
			.withMessageContaining("'30/06/2008'")
			.withMessageContaining("YYYY-MM-DD");
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("2008-02-30"))
			.withMessageContaining("not a valid date");
	}

}
