package io.normgraph.graph;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Values;
import org.neo4j.values.storable.CoordinateReferenceSystem;
import org.neo4j.values.storable.DurationValue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A property value as the embedded database's API gives it takes the form the driver gives the
 * same value over Bolt. (The whole of a node and a relationship, every type through both ways,
 * is {@code LineageFetchIT}'s.)
 */
class EmbeddedEntitiesTests {

	@Test
	void stringsNumbersAndTruthValuesAreKeptAsTheyAre() {
		for (Object value : new Object[] { "Article 51", 24L, 0.75, true }) {
			assertThat(EmbeddedEntities.asTheDriverGives(value)).isSameAs(value);
		}
		assertThat(EmbeddedEntities.asTheDriverGives(null)).isNull();
		byte[] bytes = { 1, 2 };
		assertThat(EmbeddedEntities.asTheDriverGives(bytes)).isSameAs(bytes);
	}

	@Test
	void integersAndFloatsOfEveryWidthWidenAsTheDriverWidensThem() {
		assertThat(EmbeddedEntities.asTheDriverGives(24)).isEqualTo(24L);
		assertThat(EmbeddedEntities.asTheDriverGives((short) 24)).isEqualTo(24L);
		assertThat(EmbeddedEntities.asTheDriverGives(0.5f)).isEqualTo(0.5);
		assertThat(EmbeddedEntities.asTheDriverGives('x')).isEqualTo("x");
	}

	@Test
	void arraysBecomeListsTheirElementsConvertedToo() {
		assertThat(EmbeddedEntities.asTheDriverGives(new long[] { 1, 2 })).isEqualTo(List.of(1L, 2L));
		assertThat(EmbeddedEntities.asTheDriverGives(new int[] { 1, 2 })).isEqualTo(List.of(1L, 2L));
		assertThat(EmbeddedEntities.asTheDriverGives(new String[] { "a", "b" })).isEqualTo(List.of("a", "b"));
		assertThat(EmbeddedEntities.asTheDriverGives(new LocalDate[] { LocalDate.of(2008, 6, 28) }))
			.isEqualTo(List.of(LocalDate.of(2008, 6, 28)));
		assertThat(EmbeddedEntities.asTheDriverGives(new DurationValue[] { DurationValue.duration(0, 1, 0, 0) }))
			.isEqualTo(List.of(Values.isoDuration(0, 1, 0, 0).asIsoDuration()));
	}

	@Test
	void pointsAndDurationsTakeTheDriversTypes() {
		assertThat(EmbeddedEntities.asTheDriverGives(
				org.neo4j.values.storable.Values.pointValue(CoordinateReferenceSystem.CARTESIAN, 1.5, 2.5)))
			.isEqualTo(Values.point(7203, 1.5, 2.5).asPoint());
		assertThat(EmbeddedEntities.asTheDriverGives(
				org.neo4j.values.storable.Values.pointValue(CoordinateReferenceSystem.WGS_84_3D, 4.35, 50.85, 13.0)))
			.isEqualTo(Values.point(4979, 4.35, 50.85, 13.0).asPoint());
		assertThat(EmbeddedEntities.asTheDriverGives(DurationValue.duration(14, 3, 14706, 7_000_000)))
			.isEqualTo(Values.isoDuration(14, 3, 14706, 7_000_000).asIsoDuration());
	}

	@Test
	void datesAndTimesAreTheSameJavaTypes() {
		ZonedDateTime at = ZonedDateTime.parse("2008-06-28T10:15:30+02:00[Europe/Brussels]");
		assertThat(EmbeddedEntities.asTheDriverGives(at)).isEqualTo(at);
		assertThat(EmbeddedEntities.asTheDriverGives(LocalDate.of(2008, 6, 28))).isEqualTo(LocalDate.of(2008, 6, 28));
	}

}
