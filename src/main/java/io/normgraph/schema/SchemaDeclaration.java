package io.normgraph.schema;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/**
 * What one YAML document declares: the built-in schema, or the schema part of a corpus's
 * corpus.yml. {@code lines} says where each label, type and property was declared, so that a
 * clash found later is reported at its line.
 *
 * @param everyNode properties every node has (the built-in schema only)
 * @param everyRelationship properties every relationship has (the built-in schema only)
 * @param labels labels by name, in declaration order
 * @param types relationship types by name, in declaration order
 * @param lines the line of each declaration, keyed by {@link #key}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SchemaDeclaration(Map<String, PropertySpec> everyNode, Map<String, PropertySpec> everyRelationship,
		Map<String, LabelSpec> labels, @JsonProperty("relationships") Map<String, TypeSpec> types,
		@JsonIgnore Map<String, Integer> lines) {

	public static final SchemaDeclaration EMPTY = new SchemaDeclaration(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

	public SchemaDeclaration {
		everyNode = copy(everyNode);
		everyRelationship = copy(everyRelationship);
		labels = copy(labels);
		types = copy(types);
		lines = Map.copyOf(lines);
	}

	@JsonIgnore
	public boolean isEmpty() {
		return this.labels.isEmpty() && this.types.isEmpty();
	}

	/** The key of a label's or type's line ({@code property} null) or of one of its properties'. */
	static String key(String labelOrType, @org.jspecify.annotations.Nullable String property) {
		return (property != null) ? labelOrType + "." + property : labelOrType;
	}

	int line(String labelOrType, @org.jspecify.annotations.Nullable String property) {
		return this.lines.getOrDefault(key(labelOrType, property), this.lines.getOrDefault(key(labelOrType, null), 0));
	}

	private static <V> Map<String, V> copy(Map<String, V> map) {
		return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(map));
	}

}
