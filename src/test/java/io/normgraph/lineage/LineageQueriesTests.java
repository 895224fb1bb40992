package io.normgraph.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.normgraph.lineage.LineageQueries.Rows;
import io.normgraph.schema.BuiltInSchema;
import io.normgraph.schema.Schema;
import io.normgraph.system.BadParameterException;

class LineageQueriesTests {

	private static final Schema SCHEMA = BuiltInSchema.get();

	private static final LineageTypes DEFAULTS = LineageTypes.parse(null, SCHEMA);

	/** Each test reads the statements as the builders build them now, not as an earlier test had them rendered. */
	@BeforeEach
	void buildEveryStatementAgain() {
		LineageQueries.forgetRendered();
	}

	@Test
	void typesAndLabelsComeFromTheSchemaTheIdAndFrontierAreParameters() {
		LineageTypes derivesFrom = LineageTypes.parse(List.of("DERIVES_FROM"), SCHEMA);
		assertThat(LineageQueries.root(derivesFrom, true, false)).contains("{id: $id}").doesNotContain("PART_OF");
		assertThat(LineageQueries.root(DEFAULTS, false, false)).contains("{id: $id}").doesNotContain("PART_OF");
		assertThat(LineageQueries.root(DEFAULTS, true, false)).contains("{id: $id}", "-[:`PART_OF`*1..4]->", "root:`Provision`");
		String up = LineageQueries.level(DEFAULTS, true, Rows.FULL, false);
		assertThat(up).contains("UNWIND $frontier AS from", "elementId(u) = from",
				"-[r:`CROSS_REFERENCES`|`DERIVES_FROM`]->");
		assertThat(LineageQueries.level(derivesFrom, false, Rows.FULL, false)).contains("<-[r:`DERIVES_FROM`]-");
		assertThat(LineageQueries.parts(DEFAULTS, Rows.FULL, false)).contains("UNWIND $frontier AS from", "<-[:`PART_OF`*1..4]-(unit)",
				"unit:`Provision`");
	}

	@Test
	void inferredRelationshipsAreLeftOutUnlessAskedForAndThenOnlyOverTheScore() {
		assertThat(DEFAULTS.with(Inferred.EXCLUDE, SCHEMA).followed()).doesNotContain("REUSES");
		assertThat(LineageQueries.level(DEFAULTS.with(Inferred.EXCLUDE, SCHEMA), true, Rows.FULL, false))
			.doesNotContain("inferred").doesNotContain("REUSES");
		LineageTypes include = DEFAULTS.with(Inferred.INCLUDE, SCHEMA);
		assertThat(include.followed()).containsExactlyInAnyOrder("CROSS_REFERENCES", "DERIVES_FROM", "REUSES");
		assertThat(LineageQueries.level(include, true, Rows.FULL, false)).contains("`REUSES`",
				"coalesce(r.inferred, false) = false OR (r.inferred = true AND r.score >= $minScore)");
		LineageTypes only = DEFAULTS.with(Inferred.ONLY, SCHEMA);
		assertThat(only.followed()).containsExactly("REUSES");
		assertThat(LineageQueries.level(only, false, Rows.LIGHT, false)).contains("<-[r:`REUSES`]-", "r.inferred = true AND r.score >= $minScore")
			.doesNotContain("coalesce");
		assertThat(LineageQueries.level(only, false, Rows.LIGHT, true)).as("as of a date too")
			.contains("r.inferred = true AND r.score >= $minScore", "coalesce(r.validFrom <= $asOf, true)");
		assertThat(Inferred.parse(null)).isEqualTo(Inferred.EXCLUDE);
		assertThat(Inferred.parse("Include")).isEqualTo(Inferred.INCLUDE);
		assertThatExceptionOfType(BadParameterException.class).isThrownBy(() -> Inferred.minScore(Double.NaN));
	}

	@Test
	void aCorpusUnitsAndContainmentTypesInheritToo() {
		LineageTypes types = new LineageTypes(Set.of("MODELLED_ON"), Set.of("PART_OF", "WITHIN"), Set.of("Article", "Provision"));
		assertThat(LineageQueries.parts(types, Rows.FULL, false)).contains("<-[:`PART_OF`|`WITHIN`*1..4]-(unit)",
				"(unit:`Article` OR unit:`Provision`)");
		assertThat(LineageQueries.level(types, false, Rows.FULL, false)).contains("<-[r:`MODELLED_ON`]-", "AS parts");
	}

	/**
	 * As of a date, the root says whether it holds, and containment is climbed or descended only
	 * along paths whose every node and relationship holds; a level's relationship and node hold.
	 */
	@Test
	void asOfADateEveryStatementAsksWhatHoldsThen() {
		String root = LineageQueries.root(DEFAULTS, true, true);
		assertThat(root).contains("AS holds", "all(x IN nodes(up) WHERE", "all(y IN relationships(up) WHERE",
				"root:`Provision`");
		assertThat(LineageQueries.root(DEFAULTS, true, false)).doesNotContain("AS holds", "nodes(up)");
		assertThat(LineageQueries.root(DEFAULTS, false, true)).contains("AS holds").doesNotContain("PART_OF");
		assertThat(LineageQueries.parts(DEFAULTS, Rows.FULL, true)).contains("all(x IN nodes(part) WHERE",
				"all(y IN relationships(part) WHERE", "unit:`Provision`");
		assertThat(LineageQueries.parts(DEFAULTS, Rows.FULL, false)).doesNotContain("nodes(part)");
		String level = LineageQueries.level(DEFAULTS, true, Rows.FULL, true);
		assertThat(level).contains("r.validFrom <= $asOf", "v.validFrom <= $asOf");
		assertThat(LineageQueries.level(DEFAULTS, true, Rows.FULL, false)).doesNotContain("$asOf");
		LineageTypes noUnits = new LineageTypes(Set.of("DERIVES_FROM"), Set.of("PART_OF"), Set.of());
		assertThat(LineageQueries.root(noUnits, true, false)).as("no unit label: no container is climbed")
			.contains("WHERE false");
	}

	/** A level follows one hop; only containment (a bounded hierarchy) is a variable-length pattern. */
	@Test
	void onlyContainmentIsVariableLength() {
		for (String type : SCHEMA.types().keySet()) {
			if (type.equals("PART_OF")) {
				continue;
			}
			for (boolean upstream : new boolean[] { true, false }) {
				for (Rows rows : Rows.values()) {
					assertThat(LineageQueries.level(LineageTypes.parse(List.of(type, "PART_OF"), SCHEMA), upstream, rows, false))
						.doesNotContain("*");
				}
			}
		}
		assertThat(LineageQueries.level(DEFAULTS, false, Rows.FULL, false)).contains("COUNT {", "AS onward", "AS parts");
		assertThat(LineageQueries.level(DEFAULTS, true, Rows.FULL, false)).contains("AS onward").doesNotContain("AS parts");
	}

	/**
	 * Light rows carry what the walk and a minimal answer need, counting rows element ids only:
	 * neither returns a whole node or relationship, so neither loads properties.
	 */
	@Test
	void lightAndCountingRowsReturnNoWholeNodeOrRelationship() {
		for (boolean upstream : new boolean[] { true, false }) {
			String light = LineageQueries.level(DEFAULTS, upstream, Rows.LIGHT, false);
			assertThat(light).contains("elementId(v) AS ve", "v.id AS id", "v.name AS name", "labels(v) AS labels",
					"elementId(r) AS re", "type(r) AS type", "r.source AS source", "r.locator AS locator", "AS onward")
				.doesNotContain("RETURN from, r, v");
			assertThat(returned(light)).doesNotContain(" v,", " r,");
			String counting = LineageQueries.level(DEFAULTS, upstream, Rows.COUNT, false);
			assertThat(returned(counting)).contains("elementId(r) AS re", "elementId(v) AS ve")
				.doesNotContain("v.id", "v.name", "labels(v)");
		}
		assertThat(LineageQueries.parts(DEFAULTS, Rows.FULL, false)).contains("RETURN from, part", "LIMIT $cap");
		assertThat(LineageQueries.parts(DEFAULTS, Rows.LIGHT, false)).contains("nodes(part)", "relationships(part)")
			.doesNotContain("RETURN from, part", "n.text");
		assertThat(LineageQueries.parts(DEFAULTS, Rows.COUNT, false)).contains("elementId(n)", "elementId(r)")
			.doesNotContain("LIMIT", "n.name");
		assertThat(LineageQueries.within(DEFAULTS)).contains("UNWIND $units AS e", "-[:`PART_OF`*1..4]->(c)",
				"COUNT { (c)-[:`PART_OF`]->() } = 0", "AS within");
		assertThat(LineageQueries.root(DEFAULTS, true, false)).contains("AS onward", "AS topOnward");
	}

	private static String returned(String cypher) {
		return cypher.substring(cypher.lastIndexOf("RETURN"));
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
