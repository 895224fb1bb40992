package io.normgraph.export;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import io.normgraph.schema.PropertySpec;
import io.normgraph.schema.Schema;
import io.normgraph.schema.ValueType;

/**
 * The properties an export declares before its first node (GraphML keys, GEXF attributes, CSV
 * columns), taken from the schema rather than from the data, so that a file can begin before the
 * graph is read: every property the schema declares for nodes (all labels) and for relationships
 * (the exported types), and those normgraph writes itself, each with the kind of value it holds,
 * in name order.
 *
 * @param nodes node property to its column type
 * @param relationships relationship property to its column type
 */
record ExportColumns(SortedMap<String, ColumnType> nodes, SortedMap<String, ColumnType> relationships) {

	/** What normgraph writes on nodes beside a corpus's own properties (io.normgraph.corpus). */
	static final Map<String, ValueType> OWN_NODE_PROPERTIES = Map.of(Schema.CORPUS, ValueType.STRING, Schema.CORPORA,
			ValueType.LIST, Schema.VALID_FROM, ValueType.DATE, Schema.VALID_UNTIL, ValueType.DATE);

	/** What normgraph writes on relationships beside a corpus's own properties. */
	static final Map<String, ValueType> OWN_RELATIONSHIP_PROPERTIES = Map.of(Schema.CORPUS, ValueType.STRING,
			Schema.VALID_FROM, ValueType.DATE, Schema.VALID_UNTIL, ValueType.DATE);

	/** Declared node properties that are fields of {@link io.normgraph.graph.GraphNode}, not properties. */
	static final Set<String> NODE_FIELDS = Set.of("id", "name");

	/** Declared relationship columns of the corpus format that are a relationship's ends, not properties. */
	static final Set<String> RELATIONSHIP_ENDS = Set.of("from", "to");

	ExportColumns {
		nodes = Collections.unmodifiableSortedMap(new TreeMap<>(nodes));
		relationships = Collections.unmodifiableSortedMap(new TreeMap<>(relationships));
	}

	static ExportColumns of(Schema schema, SubgraphSpec spec) {
		return of(schema, spec, false);
	}

	/** With {@code asOf}, also {@link Schema#UNDATED}, which an as-of answer sets on what has no start date. */
	static ExportColumns of(Schema schema, SubgraphSpec spec, boolean asOf) {
		SortedMap<String, ColumnType> nodes = new TreeMap<>();
		declare(nodes, schema.everyNode().values());
		schema.labels().values().forEach((label) -> declare(nodes, label.properties().values()));
		OWN_NODE_PROPERTIES.forEach((name, type) -> declare(nodes, name, ColumnType.of(type)));
		nodes.keySet().removeAll(NODE_FIELDS);
		if (asOf) {
			declare(nodes, Schema.UNDATED, ColumnType.BOOLEAN);
		}
		SortedMap<String, ColumnType> relationships = new TreeMap<>();
		declare(relationships, schema.everyRelationship().values());
		schema.types()
			.values()
			.stream()
			.filter((type) -> spec.allTypes() || spec.types().contains(type.name()))
			.forEach((type) -> declare(relationships, type.properties().values()));
		OWN_RELATIONSHIP_PROPERTIES.forEach((name, type) -> declare(relationships, name, ColumnType.of(type)));
		relationships.keySet().removeAll(RELATIONSHIP_ENDS);
		if (asOf) {
			declare(relationships, Schema.UNDATED, ColumnType.BOOLEAN);
		}
		return new ExportColumns(nodes, relationships);
	}

	/** These columns with more of the given type (an export format's own, e.g. {@code labels}). */
	static SortedMap<String, ColumnType> with(Map<String, ColumnType> columns, Collection<String> more) {
		SortedMap<String, ColumnType> all = new TreeMap<>(columns);
		more.forEach((name) -> declare(all, name, ColumnType.TEXT));
		return all;
	}

	private static void declare(Map<String, ColumnType> columns, Collection<PropertySpec> properties) {
		properties.forEach((property) -> declare(columns, property.name(), ColumnType.of(property.type())));
	}

	/** A name declared twice with different kinds of value is text, which holds either. */
	static void declare(Map<String, ColumnType> columns, String name, ColumnType type) {
		columns.merge(name, type, (a, b) -> (a == b) ? a : ColumnType.TEXT);
	}

	/**
	 * How a column's values are typed in GraphML ({@code attr.type}) and GEXF ({@code type}), which
	 * use the same words for these.
	 */
	enum ColumnType {

		TEXT("string"), INTEGER("long"), DECIMAL("double"), BOOLEAN("boolean");

		private final String word;

		ColumnType(String word) {
			this.word = word;
		}

		String word() {
			return this.word;
		}

		static ColumnType of(ValueType type) {
			return switch (type) {
				case INTEGER -> INTEGER;
				case DECIMAL -> DECIMAL;
				case BOOLEAN -> BOOLEAN;
				case STRING, TEXT, DATE, LIST, ID -> TEXT;
			};
		}

		/**
		 * Whether a value can be written in a column of this type. Only a value written outside
		 * the importer (which checks every value against the schema) can fail this.
		 */
		boolean accepts(Object value) {
			return switch (this) {
				case TEXT -> true;
				case INTEGER -> value instanceof Long || value instanceof Integer;
				case DECIMAL -> value instanceof Double || value instanceof Float || value instanceof Long
						|| value instanceof Integer;
				case BOOLEAN -> value instanceof Boolean;
			};
		}

	}

}
