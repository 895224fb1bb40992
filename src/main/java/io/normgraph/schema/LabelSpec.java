package io.normgraph.schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A node label.
 *
 * @param name PascalCase, as in {@code nodes/<Label>.csv} and the graph
 * @param role what its nodes are to normgraph's features
 * @param colour how the explorer draws its nodes (CSS colour), or {@code null} for a generated one
 * @param description what its nodes are
 * @param properties its own properties, beyond those every node has
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LabelSpec(String name, @Nullable LabelRole role, @Nullable String colour, @Nullable String description,
		Map<String, PropertySpec> properties) {

	public LabelSpec {
		properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
	}

}
