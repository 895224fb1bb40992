package io.normgraph.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The checks every REST and GraphQL parameter goes through: each refusal names the parameter
 * and says what was expected.
 */
class ParametersTests {

	@ParameterizedTest
	@ValueSource(strings = { "trips", "trips-art-51", "secure-std-12", "a", "bra", "x-1-y" })
	void kebabCaseIdsPass(String id) {
		assertThat(Parameters.id(id, "id")).isEqualTo(id);
		assertThat(Parameters.optionalId(id, "forum")).isEqualTo(id);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Trips", "trips_art", "-trips", "trips-", "trips--art", "trips art", "trips/51", "é" })
	void anythingElseIsRefusedNamingTheParameter(String id) {
		assertThatExceptionOfType(BadParameterException.class).isThrownBy(() -> Parameters.id(id, "root"))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("root"))
			.withMessage("root must be a lower-case kebab-case id such as trips-art-51");
	}

	@Test
	void anIdIsRequiredAndAtMost200Characters() {
		assertThatExceptionOfType(BadParameterException.class).isThrownBy(() -> Parameters.id(null, "id"))
			.withMessage("id is required");
		assertThatExceptionOfType(BadParameterException.class).isThrownBy(() -> Parameters.id(" ", "id"))
			.withMessage("id is required");
		assertThat(Parameters.id("a".repeat(200), "id")).hasSize(200);
		assertThatExceptionOfType(BadParameterException.class).isThrownBy(() -> Parameters.id("a".repeat(201), "id"))
			.withMessageContaining("kebab-case");
	}

	@Test
	void anOptionalIdMayBeAbsentButNotMalformed() {
		assertThat(Parameters.optionalId(null, "forum")).isNull();
		assertThat(Parameters.optionalId("", "forum")).isNull();
		assertThatExceptionOfType(BadParameterException.class).isThrownBy(() -> Parameters.optionalId(" ", "forum"))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("forum"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2008", "2008-06", "2008-06-30", "2008-02-29", "0001-01-01" })
	void isoDatesOfEveryPrecisionPass(String date) {
		assertThat(Parameters.optionalDate(date, "from")).isEqualTo(date);
	}

	@ParameterizedTest
	@ValueSource(strings = { "08", "2008-6", "2008-06-3", "30/06/2008", "2008-06-30T10:00", "June 2008", "20080" })
	void otherShapesAreRefused(String date) {
		assertThatExceptionOfType(BadParameterException.class).isThrownBy(() -> Parameters.optionalDate(date, "to"))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("to"))
			.withMessage("to is not an ISO date of the form 2008, 2008-06 or 2008-06-30");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2008-13", "2008-00", "2008-06-31", "2007-02-29", "2008-01-00" })
	void impossibleDatesAreRefused(String date) {
		assertThatExceptionOfType(BadParameterException.class).isThrownBy(() -> Parameters.optionalDate(date, "from"))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("from"))
			.withMessageStartingWith("from is not a date (");
	}

	@Test
	void anAbsentDateIsNull() {
		assertThat(Parameters.optionalDate(null, "from")).isNull();
		assertThat(Parameters.optionalDate("", "from")).isNull();
	}

	@Test
	void boundedKeepsItsBoundsAndDefault() {
		assertThat(Parameters.bounded(null, 3, 1, 6, "depth")).isEqualTo(3);
		assertThat(Parameters.bounded(1, 3, 1, 6, "depth")).isEqualTo(1);
		assertThat(Parameters.bounded(6, 3, 1, 6, "depth")).isEqualTo(6);
		assertThatExceptionOfType(BadParameterException.class).isThrownBy(() -> Parameters.bounded(0, 3, 1, 6, "depth"))
			.withMessage("depth must be between 1 and 6 (was 0)")
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("depth"));
		assertThatExceptionOfType(BadParameterException.class).isThrownBy(() -> Parameters.bounded(7, 3, 1, 6, "depth"))
			.withMessage("depth must be between 1 and 6 (was 7)");
	}

}
