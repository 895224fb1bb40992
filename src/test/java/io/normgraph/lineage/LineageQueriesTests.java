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
		assertThat(cypher).contains("{id: $id}", "(a)-[r:`PART_OF`]->(b)", "(a)-[r:`DERIVES_FROM`|`CROSS_REFERENCES`]->(b)");
		// One level per hop: four PART_OF levels, then four lineage levels.
		assertThat(cypher.split("COLLECT \\{")).hasSize(1 + LineageQueries.CONTAINMENT_LEVELS + 4);
		String down = LineageQueries.downstream(EnumSet.of(LineageType.DERIVES_FROM), 2).getCypher();
		assertThat(down).contains("(a)<-[r:`DERIVES_FROM`]-(b)").doesNotContain("PART_OF");
		assertThat(down.split("COLLECT \\{")).hasSize(1 + 2);
	}

	@Test
	void unknownTypesAreRefused() {
		assertThatExceptionOfType(BadParameterException.class)
			.isThrownBy(() -> LineageType.parse(java.util.List.of("DERIVES_FROM|MEMBER_OF")))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("types"));
		assertThat(LineageType.parse(null)).isEqualTo(LineageType.DEFAULTS);
	}

}
