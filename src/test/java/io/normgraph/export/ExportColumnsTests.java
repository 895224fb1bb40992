package io.normgraph.export;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.normgraph.export.ExportColumns.ColumnType;
import io.normgraph.schema.Schema;

import static org.assertj.core.api.Assertions.assertThat;

class ExportColumnsTests {

	private static final Schema SCHEMA = ExportSchemas.withFictionalTrade();

	@Test
	void everyDeclaredPropertyWithItsKindOfValue() {
		ExportColumns columns = ExportColumns.of(SCHEMA, whole());
		assertThat(columns.nodes()).containsEntry("tariffCoverage", ColumnType.DECIMAL)
			.containsEntry("memberCount", ColumnType.INTEGER)
			.containsEntry("languages", ColumnType.TEXT)
			.containsEntry("signed", ColumnType.TEXT)
			.containsEntry("quote", ColumnType.TEXT)
			.containsEntry("source", ColumnType.TEXT)
			.containsKeys("heading", "body", "iso3");
		assertThat(columns.relationships()).containsEntry("ratified", ColumnType.BOOLEAN)
			.containsEntry("closeness", ColumnType.DECIMAL)
			.containsEntry("order", ColumnType.INTEGER)
			.containsKeys("source", "locator", "since", "action");
	}

	@Test
	void normgraphOwnPropertiesAreDeclaredToo() {
		ExportColumns columns = ExportColumns.of(SCHEMA, whole());
		assertThat(columns.nodes()).containsKeys(Schema.CORPUS, Schema.CORPORA, Schema.VALID_FROM, Schema.VALID_UNTIL);
		assertThat(columns.relationships()).containsKeys(Schema.CORPUS, Schema.VALID_FROM, Schema.VALID_UNTIL)
			.doesNotContainKey(Schema.CORPORA);
	}

	@Test
	void fieldsAndEndsAreNotProperties() {
		ExportColumns columns = ExportColumns.of(SCHEMA, whole());
		assertThat(columns.nodes()).doesNotContainKeys("id", "name");
		assertThat(columns.relationships()).doesNotContainKeys("from", "to");
	}

	@Test
	void onlyTheExportedTypesDeclareRelationshipProperties() {
		ExportColumns columns = ExportColumns.of(SCHEMA,
				SubgraphSpec.of(new ExportParameters("trips", 1, "PART_OF"), SCHEMA.types().keySet()));
		assertThat(columns.relationships()).containsKeys("order", "source").doesNotContainKeys("ratified", "action");
	}

	@Test
	void aNameDeclaredWithTwoKindsOfValueIsText() {
		java.util.Map<String, ColumnType> columns = new java.util.TreeMap<>();
		ExportColumns.declare(columns, "number", ColumnType.INTEGER);
		ExportColumns.declare(columns, "number", ColumnType.INTEGER);
		assertThat(columns).containsEntry("number", ColumnType.INTEGER);
		ExportColumns.declare(columns, "number", ColumnType.DECIMAL);
		assertThat(columns).containsEntry("number", ColumnType.TEXT);
	}

	@Test
	void typedColumnsTakeOnlyTheirValues() {
		assertThat(ColumnType.INTEGER.accepts(3L)).isTrue();
		assertThat(ColumnType.INTEGER.accepts("3")).isFalse();
		assertThat(ColumnType.DECIMAL.accepts(0.5)).isTrue();
		assertThat(ColumnType.DECIMAL.accepts(2L)).isTrue();
		assertThat(ColumnType.BOOLEAN.accepts("true")).isFalse();
		assertThat(ColumnType.TEXT.accepts(Set.of())).isTrue();
	}

	private static SubgraphSpec whole() {
		return SubgraphSpec.of(new ExportParameters(null, null, null), SCHEMA.types().keySet());
	}

}
