package io.normgraph.lineage;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import io.normgraph.system.BadParameterException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LineageQueriesTests {

	@Test
	void typesComeFromTheAllowListTheIdAndFrontierAreParameters() {
		assertThat(LineageQueries.root(false)).contains("{id: $id}").doesNotContain("PART_OF");
		assertThat(LineageQueries.root(true)).contains("{id: $id}", "-[:`PART_OF`*1..4]->");
		String up = LineageQueries.level(LineageType.DEFAULTS, true);
		assertThat(up).contains("UNWIND $frontier AS from", "elementId(u) = from",
				"-[r:`DERIVES_FROM`|`CROSS_REFERENCES`]->");
		String down = LineageQueries.level(EnumSet.of(LineageType.DERIVES_FROM), false);
		assertThat(down).contains("<-[r:`DERIVES_FROM`]-");
		assertThat(LineageQueries.parts()).contains("UNWIND $frontier AS from", "<-[:`PART_OF`*1..4]-(:`Provision`)");
	}

	/** A level follows one hop; only containment (a bounded hierarchy) is a variable-length pattern. */
	@Test
	void onlyPartOfIsVariableLength() {
		for (LineageType type : EnumSet.complementOf(EnumSet.of(LineageType.PART_OF))) {
			for (boolean upstream : new boolean[] { true, false }) {
				assertThat(LineageQueries.level(EnumSet.of(type, LineageType.PART_OF), upstream)).doesNotContain("*");
			}
		}
		assertThat(LineageQueries.level(LineageType.DEFAULTS, false)).contains("COUNT {", "AS onward", "AS parts");
		assertThat(LineageQueries.level(LineageType.DEFAULTS, true)).contains("AS onward").doesNotContain("AS parts");
	}

	@Test
	void unknownTypesAreRefused() {
		assertThatExceptionOfType(BadParameterException.class)
			.isThrownBy(() -> LineageType.parse(java.util.List.of("DERIVES_FROM|MEMBER_OF")))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("types"));
		assertThat(LineageType.parse(null)).isEqualTo(LineageType.DEFAULTS);
	}

}
