package io.normgraph.schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A relationship type.
 *
 * @param name UPPER_SNAKE_CASE, as in {@code relationships/<TYPE>.csv} and the graph
 * @param role what it means to normgraph's features
 * @param polarity for a stance, which way it goes
 * @param description what it means
 * @param connects the label pairs it may connect (an error, at import, for any other)
 * @param properties its own properties, beyond those every relationship has
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TypeSpec(String name, @Nullable TypeRole role, @Nullable Polarity polarity, @Nullable String description,
		List<Endpoints> connects, Map<String, PropertySpec> properties) {

	public TypeSpec {
		connects = List.copyOf(connects);
		properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
	}

	public boolean allows(String fromLabel, String toLabel) {
		return this.connects.stream().anyMatch((endpoints) -> endpoints.allows(fromLabel, toLabel));
	}

}
