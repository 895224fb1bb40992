package io.normgraph.lineage;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import io.normgraph.system.BadParameterException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LineageQueriesTests {

	@Test
	void typesAndDepthComeFromTheAllowListTheIdIsAParameter() {
		String cypher = LineageQueries.upstream(LineageType.DEFAULTS, 4).getCypher();
		assertThat(cypher).contains("{id: $id}", "-[:`PART_OF`*0..4]->", "-[:`DERIVES_FROM`|`CROSS_REFERENCES`*0..4]->");
		String down = LineageQueries.downstream(EnumSet.of(LineageType.DERIVES_FROM), 2).getCypher();
		assertThat(down).contains("<-[:`DERIVES_FROM`*0..2]-", "<-[:`PART_OF`*0..0]-");
	}

	@Test
	void unknownTypesAreRefused() {
		assertThatExceptionOfType(BadParameterException.class)
			.isThrownBy(() -> LineageType.parse(java.util.List.of("DERIVES_FROM|MEMBER_OF")))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("types"));
		assertThat(LineageType.parse(null)).isEqualTo(LineageType.DEFAULTS);
	}

}
