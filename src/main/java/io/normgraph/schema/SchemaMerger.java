package io.normgraph.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Extends a schema by one corpus's declaration. A label or type the schema has already may be
 * declared again to add properties (and, for a type, endpoints) but not to change its role or
 * the shape of a property it has: that would make one name mean two things in one graph.
 */
final class SchemaMerger {

	private final Schema base;

	private final SchemaDeclaration declaration;

	private final String corpus;

	private final List<SchemaProblem> problems = new ArrayList<>();

	SchemaMerger(Schema base, SchemaDeclaration declaration, String corpus) {
		this.base = base;
		this.declaration = declaration;
		this.corpus = corpus;
	}

	Schema.Extension merge() {
		Map<String, LabelSpec> labels = new LinkedHashMap<>(this.base.labels());
		Map<String, TypeSpec> types = new LinkedHashMap<>(this.base.types());
		Map<String, String> declaredBy = new LinkedHashMap<>(this.base.declaredBy());
		this.declaration.labels().forEach((name, declared) -> {
			LabelSpec known = labels.get(name);
			labels.put(name, (known != null) ? label(known, declared) : declared);
			declaredBy.putIfAbsent(name, this.corpus);
		});
		this.declaration.types().forEach((name, declared) -> {
			TypeSpec known = types.get(name);
			if (known == null && declared.connects().isEmpty()) {
				problem(name, null, "relationship type '" + name + "' is not in the schema: declare the labels it connects"
						+ " (connects: [\"FromLabel -> ToLabel\"]) to add it; known types: "
						+ String.join(", ", new java.util.TreeSet<>(types.keySet())));
			}
			types.put(name, (known != null) ? type(known, declared) : declared);
			declaredBy.putIfAbsent(name, this.corpus);
		});
		Schema merged = new Schema(this.base.everyNode(), this.base.everyRelationship(), labels, types, declaredBy);
		checkReferences(merged);
		return new Schema.Extension(this.problems.isEmpty() ? merged : this.base, List.copyOf(this.problems));
	}

	private LabelSpec label(LabelSpec known, LabelSpec declared) {
		if (declared.role() != null && declared.role() != known.role()) {
			problem(known.name(), null, "label '" + known.name() + "' is declared by " + origin(known.name())
					+ " with role " + word(known.role()) + "; a corpus may add properties to it but not give it role "
					+ word(declared.role()));
		}
		return new LabelSpec(known.name(), known.role(), (known.colour() != null) ? known.colour() : declared.colour(),
				(known.description() != null) ? known.description() : declared.description(),
				properties("label", known.name(), known.properties(), declared.properties()));
	}

	private TypeSpec type(TypeSpec known, TypeSpec declared) {
		if ((declared.role() != null && declared.role() != known.role())
				|| (declared.polarity() != null && declared.polarity() != known.polarity())) {
			problem(known.name(), null, "relationship type '" + known.name() + "' is declared by " + origin(known.name())
					+ " with role " + word(known.role()) + ((known.polarity() != null) ? " (" + known.polarity().word() + ")" : "")
					+ "; a corpus may add properties and endpoints to it but not change its role");
		}
		Set<Endpoints> connects = new LinkedHashSet<>(known.connects());
		connects.addAll(declared.connects());
		return new TypeSpec(known.name(), known.role(), known.polarity(),
				(known.description() != null) ? known.description() : declared.description(), List.copyOf(connects),
				properties("relationship type", known.name(), known.properties(), declared.properties()));
	}

	private Map<String, PropertySpec> properties(String what, String owner, Map<String, PropertySpec> known,
			Map<String, PropertySpec> declared) {
		Map<String, PropertySpec> merged = new LinkedHashMap<>(known);
		declared.forEach((name, property) -> {
			PropertySpec before = known.get(name);
			if (before == null) {
				merged.put(name, property);
			}
			else if (!before.sameShape(property)) {
				problem(owner, name, "property '" + name + "' of " + what + " '" + owner + "' is " + before.shape()
						+ " as declared by " + origin(owner) + "; it cannot be " + property.shape() + " here");
			}
		});
		return merged;
	}

	/** Endpoint and reference labels must be labels of the merged schema. */
	private void checkReferences(Schema merged) {
		this.declaration.types().values().forEach((type) -> type.connects().forEach((endpoints) -> {
			Set<String> named = new LinkedHashSet<>(endpoints.from());
			named.addAll(endpoints.to());
			named.stream()
				.filter((label) -> !label.equals(Endpoints.ANY) && !merged.labels().containsKey(label))
				.forEach((label) -> problem(type.name(), null, "relationship type '" + type.name()
						+ "' connects unknown label '" + label + "'; known labels: " + known(merged)));
		}));
		this.declaration.labels().values().forEach((label) -> checkReferences(label.name(), label.properties(), merged));
		this.declaration.types().values().forEach((type) -> checkReferences(type.name(), type.properties(), merged));
	}

	private void checkReferences(String owner, Map<String, PropertySpec> properties, Schema merged) {
		properties.values()
			.stream()
			.filter((property) -> property.references() != null && !merged.labels().containsKey(property.references()))
			.forEach((property) -> problem(owner, property.name(), "property '" + property.name() + "' of '" + owner
					+ "' references unknown label '" + property.references() + "'; known labels: " + known(merged)));
	}

	private static String known(Schema schema) {
		return String.join(", ", new java.util.TreeSet<>(schema.labels().keySet()));
	}

	private String origin(String labelOrType) {
		String by = this.base.declaredBy(labelOrType);
		return Schema.BUILT_IN.equals(by) ? "the built-in schema" : "corpus '" + by + "'";
	}

	private static String word(@Nullable Enum<?> role) {
		return (role != null) ? Vocabulary.word(role) : "none";
	}

	private void problem(String owner, @Nullable String property, String message) {
		this.problems.add(new SchemaProblem(this.declaration.line(owner, property), message));
	}

}
