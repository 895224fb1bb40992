package io.normgraph.schema;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The schema in force as the API shows it (REST and GraphQL alike): every label and relationship
 * type with its role, its properties and who declared it, so a client builds its legend, its
 * filters and its forms from it instead of knowing the bundled corpus.
 */
public record SchemaView(List<PropertySpec> everyNode, List<PropertySpec> everyRelationship, List<Label> labels,
		List<Type> relationships) {

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Label(String name, @Nullable LabelRole role, @Nullable String colour, @Nullable String description,
			String declaredBy, List<PropertySpec> properties) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Type(String name, @Nullable TypeRole role, @Nullable Polarity polarity, @Nullable String description,
			String declaredBy, List<String> connects, List<PropertySpec> properties) {
	}

	public static SchemaView of(Schema schema) {
		return new SchemaView(List.copyOf(schema.everyNode().values()), List.copyOf(schema.everyRelationship().values()),
				schema.labels()
					.values()
					.stream()
					.map((label) -> new Label(label.name(), label.role(), label.colour(), label.description(),
							schema.declaredBy(label.name()), List.copyOf(label.properties().values())))
					.toList(),
				schema.types()
					.values()
					.stream()
					.map((type) -> new Type(type.name(), type.role(), type.polarity(), type.description(),
							schema.declaredBy(type.name()), type.connects().stream().map(Endpoints::toString).toList(),
							List.copyOf(type.properties().values())))
					.toList());
	}

}
