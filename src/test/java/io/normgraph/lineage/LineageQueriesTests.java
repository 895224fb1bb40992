package io.normgraph.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.normgraph.schema.BuiltInSchema;
import io.normgraph.schema.Schema;
import io.normgraph.system.BadParameterException;

class LineageQueriesTests {

	private static final Schema SCHEMA = BuiltInSchema.get();

	private static final LineageTypes DEFAULTS = LineageTypes.parse(null, SCHEMA);

	@Test
	void typesAndLabelsComeFromTheSchemaTheIdAndFrontierAreParameters() {
		LineageTypes derivesFrom = LineageTypes.parse(List.of("DERIVES_FROM"), SCHEMA);
		assertThat(LineageQueries.root(derivesFrom, true)).contains("{id: $id}").doesNotContain("PART_OF");
		assertThat(LineageQueries.root(DEFAULTS, false)).contains("{id: $id}").doesNotContain("PART_OF");
		assertThat(LineageQueries.root(DEFAULTS, true)).contains("{id: $id}", "-[:`PART_OF`*1..4]->", "root:`Provision`");
		String up = LineageQueries.level(DEFAULTS, true);
		assertThat(up).contains("UNWIND $frontier AS from", "elementId(u) = from",
				"-[r:`CROSS_REFERENCES`|`DERIVES_FROM`]->");
		assertThat(LineageQueries.level(derivesFrom, false)).contains("<-[r:`DERIVES_FROM`]-");
		assertThat(LineageQueries.parts(DEFAULTS)).contains("UNWIND $frontier AS from", "<-[:`PART_OF`*1..4]-(unit)",
				"unit:`Provision`");
	}

	@Test
	void inferredRelationshipsAreLeftOutUnlessAskedForAndThenOnlyOverTheScore() {
		assertThat(DEFAULTS.with(Inferred.EXCLUDE, SCHEMA).followed()).doesNotContain("REUSES");
		assertThat(LineageQueries.level(DEFAULTS.with(Inferred.EXCLUDE, SCHEMA), true))
			.doesNotContain("inferred").doesNotContain("REUSES");
		LineageTypes include = DEFAULTS.with(Inferred.INCLUDE, SCHEMA);
		assertThat(include.followed()).containsExactlyInAnyOrder("CROSS_REFERENCES", "DERIVES_FROM", "REUSES");
		assertThat(LineageQueries.level(include, true)).contains("`REUSES`",
				"coalesce(r.inferred, false) = false OR (r.inferred = true AND r.score >= $minScore)");
		LineageTypes only = DEFAULTS.with(Inferred.ONLY, SCHEMA);
		assertThat(only.followed()).containsExactly("REUSES");
		assertThat(LineageQueries.level(only, false)).contains("<-[r:`REUSES`]-", "r.inferred = true AND r.score >= $minScore")
			.doesNotContain("coalesce");
		assertThat(Inferred.parse(null)).isEqualTo(Inferred.EXCLUDE);
		assertThat(Inferred.parse("Include")).isEqualTo(Inferred.INCLUDE);
		assertThatExceptionOfType(BadParameterException.class).isThrownBy(() -> Inferred.minScore(Double.NaN));
	}

	@Test
	void aCorpusUnitsAndContainmentTypesInheritToo() {
		LineageTypes types = new LineageTypes(Set.of("MODELLED_ON"), Set.of("PART_OF", "WITHIN"), Set.of("Article", "Provision"));
		assertThat(LineageQueries.parts(types)).contains("<-[:`PART_OF`|`WITHIN`*1..4]-(unit)",
				"(unit:`Article` OR unit:`Provision`)");
		assertThat(LineageQueries.level(types, false)).contains("<-[r:`MODELLED_ON`]-", "AS parts");
	}

	/** A level follows one hop; only containment (a bounded hierarchy) is a variable-length pattern. */
	@Test
	void onlyContainmentIsVariableLength() {
		for (String type : SCHEMA.types().keySet()) {
			if (type.equals("PART_OF")) {
				continue;
			}
			for (boolean upstream : new boolean[] { true, false }) {
				assertThat(LineageQueries.level(LineageTypes.parse(List.of(type, "PART_OF"), SCHEMA), upstream))
					.doesNotContain("*");
			}
		}
		assertThat(LineageQueries.level(DEFAULTS, false)).contains("COUNT {", "AS onward", "AS parts");
		assertThat(LineageQueries.level(DEFAULTS, true)).contains("AS onward").doesNotContain("AS parts");
	}

	@Test
	void typesMustBeTheSchemasAndNotContainmentAlone() {
		assertThatExceptionOfType(BadParameterException.class)
			.isThrownBy(() -> LineageTypes.parse(List.of("DERIVES_FROM|MEMBER_OF"), SCHEMA))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("types"))
			.withMessageContaining("(unknown: 'DERIVES_FROM|MEMBER_OF')");
		assertThatExceptionOfType(BadParameterException.class)
			.isThrownBy(() -> LineageTypes.parse(List.of("PART_OF"), SCHEMA))
			.withMessage("types must name at least one relationship to follow besides containment ([PART_OF])");
		assertThat(DEFAULTS.followed()).containsExactlyInAnyOrder("DERIVES_FROM", "CROSS_REFERENCES");
		assertThat(DEFAULTS.containment()).containsExactly("PART_OF");
		assertThat(LineageTypes.parse(List.of("DERIVES_FROM, MEMBER_OF"), SCHEMA).inherits()).isFalse();
	}

}
