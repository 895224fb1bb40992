package io.normgraph.corpus;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.normgraph.schema.BuiltInSchema;
import io.normgraph.schema.PropertySpec;
import io.normgraph.schema.Schema;
import io.normgraph.schema.Time;
import io.normgraph.schema.ValueType;

import static org.assertj.core.api.Assertions.assertThat;

/** The first and last day a fact can hold, from the dates the schema marks as its start and end. */
class ValidityTests {

	private static final Schema SCHEMA = BuiltInSchema.get();

	@Test
	void aStartKnownToTheMonthHoldsFromItsFirstDayAndAnEndToTheYearUntilItsLast() {
		Map<String, Object> membership = validity(Map.of("since", "2008-06", "until", "2009"), "MEMBER_OF", false);
		assertThat(membership).containsEntry(Schema.VALID_FROM, LocalDate.of(2008, 6, 1))
			.containsEntry(Schema.VALID_UNTIL, LocalDate.of(2009, 12, 31));
		assertThat(validity(Map.of("since", "2008-06-30"), "MEMBER_OF", false))
			.containsEntry(Schema.VALID_FROM, LocalDate.of(2008, 6, 30))
			.doesNotContainKey(Schema.VALID_UNTIL);
		assertThat(validity(Map.of("until", "2008-02"), "MEMBER_OF", false))
			.containsEntry(Schema.VALID_UNTIL, LocalDate.of(2008, 2, 29))
			.doesNotContainKey(Schema.VALID_FROM);
	}

	@Test
	void undatedOrUnreadableDatesAddNothing() {
		assertThat(validity(Map.of("role", "chair"), "MEMBER_OF", false)).containsOnlyKeys("role");
		assertThat(validity(Map.of("since", "June 2008"), "MEMBER_OF", false)).containsOnlyKeys("since");
	}

	@Test
	void anEventHasNoEndItStaysPartOfTheGraphAfterItClosed() {
		Map<String, Object> meeting = new HashMap<>(Map.of("startDate", "2008-06-23", "endDate", "2008-06-25"));
		Validity.add(meeting, SCHEMA.nodeProperties("Meeting"), Validity.isEvent(SCHEMA, "Meeting"));
		assertThat(meeting).containsEntry(Schema.VALID_FROM, LocalDate.of(2008, 6, 23)).doesNotContainKey(Schema.VALID_UNTIL);
		assertThat(Validity.isEvent(SCHEMA, "Meeting")).isTrue();
		assertThat(Validity.isEvent(SCHEMA, "Decision")).isTrue();
		assertThat(Validity.isEvent(SCHEMA, "Instrument")).isFalse();
		Map<String, Object> notAnEvent = new HashMap<>(Map.of("startDate", "2008-06-23", "endDate", "2008-06-25"));
		Validity.add(notAnEvent, SCHEMA.nodeProperties("Meeting"), false);
		assertThat(notAnEvent).containsEntry(Schema.VALID_UNTIL, LocalDate.of(2008, 6, 25));
	}

	@Test
	void ofSeveralStartsTheEarliestOfSeveralEndsTheLatest() {
		Map<String, Object> properties = new HashMap<>(Map.of("a", "2009", "b", "2008-03", "c", "2010-01", "d", "2011"));
		Validity.add(properties, Map.of(
				"a", property("a", Time.START), "b", property("b", Time.START),
				"c", property("c", Time.END), "d", property("d", Time.END)), false);
		assertThat(properties).containsEntry(Schema.VALID_FROM, LocalDate.of(2008, 3, 1))
			.containsEntry(Schema.VALID_UNTIL, LocalDate.of(2011, 12, 31));
		Map<String, Object> reversed = new HashMap<>(Map.of("a", "2008-03", "b", "2009", "c", "2011", "d", "2010-01"));
		Validity.add(reversed, Map.of(
				"a", property("a", Time.START), "b", property("b", Time.START),
				"c", property("c", Time.END), "d", property("d", Time.END)), false);
		assertThat(reversed).containsEntry(Schema.VALID_FROM, LocalDate.of(2008, 3, 1))
			.containsEntry(Schema.VALID_UNTIL, LocalDate.of(2011, 12, 31));
	}

	private static Map<String, Object> validity(Map<String, Object> values, String type, boolean event) {
		Map<String, Object> properties = new HashMap<>(values);
		Validity.add(properties, SCHEMA.relationshipProperties(type), event);
		return properties;
	}

	private static PropertySpec property(String name, Time time) {
		return new PropertySpec(name, ValueType.DATE, false, null, time, null, null, null);
	}

}
