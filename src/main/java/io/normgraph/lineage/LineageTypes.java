package io.normgraph.lineage;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import io.normgraph.schema.LabelRole;
import io.normgraph.schema.Schema;
import io.normgraph.schema.TypeRole;
import io.normgraph.system.BadParameterException;

/**
 * The relationship types a lineage follows, checked against the schema, so a type reaches
 * Cypher only if the schema has it. Types whose role is containment (PART_OF, a corpus's own)
 * are not followed as hops: they switch on inheritance, by which a unit of text (a label whose
 * role is provision) inherits the lineage of what it is part of (upstream), and the parts of a
 * derived text inherit its derivation (downstream).
 *
 * @param followed the types followed hop by hop, sorted
 * @param containment the containment types inheritance runs along (empty: no inheritance), sorted
 * @param units the labels whose nodes inherit: those with the provision role, sorted
 * @param inferred whether relationships normgraph inferred are followed (the followed types
 * then include, or are, the schema's reuse types)
 */
record LineageTypes(Set<String> followed, Set<String> containment, Set<String> units, Inferred inferred) {

	LineageTypes(Set<String> followed, Set<String> containment, Set<String> units) {
		this(followed, containment, units, Inferred.EXCLUDE);
	}

	LineageTypes {
		followed = Set.copyOf(new TreeSet<>(followed));
		containment = Set.copyOf(new TreeSet<>(containment));
		units = Set.copyOf(new TreeSet<>(units));
	}

	boolean inherits() {
		return !this.containment.isEmpty();
	}

	/**
	 * The types a caller listed (comma-separated or repeated), or by default every derivation
	 * and cross-reference type with inheritance.
	 */
	static LineageTypes parse(@Nullable List<String> values, Schema schema) {
		if (values == null || values.isEmpty()) {
			return of(schema.typesWith(TypeRole.DERIVATION, TypeRole.CROSS_REFERENCE), schema);
		}
		Set<String> types = new TreeSet<>();
		for (String value : values) {
			for (String part : value.split(",")) {
				String type = part.trim();
				if (!schema.types().containsKey(type)) {
					throw new BadParameterException("types", "types must be relationship types of the schema: "
							+ String.join(", ", new TreeSet<>(schema.types().keySet())) + " (unknown: '" + type + "')");
				}
				types.add(type);
			}
		}
		Set<String> containment = new TreeSet<>(types);
		containment.retainAll(schema.typesWith(TypeRole.CONTAINMENT));
		types.removeAll(containment);
		if (types.isEmpty()) {
			throw new BadParameterException("types",
					"types must name at least one relationship to follow besides containment (" + containment + ")");
		}
		return new LineageTypes(types, containment, schema.labelsWith(LabelRole.PROVISION));
	}

	/** These types followed, with inheritance along every containment type. */
	static LineageTypes of(Set<String> followed, Schema schema) {
		return new LineageTypes(followed, schema.typesWith(TypeRole.CONTAINMENT), schema.labelsWith(LabelRole.PROVISION));
	}

	/**
	 * These types, followed with or without inferred relationships: {@code include} adds the
	 * schema's reuse types, {@code only} follows them alone, {@code exclude} leaves them out.
	 */
	LineageTypes with(Inferred mode, Schema schema) {
		Set<String> reuse = schema.typesWith(TypeRole.REUSE);
		Set<String> types = new TreeSet<>(this.followed);
		switch (mode) {
			case INCLUDE -> types.addAll(reuse);
			case ONLY -> {
				types.clear();
				types.addAll(reuse);
			}
			case EXCLUDE -> types.removeAll(reuse);
		}
		if (types.isEmpty()) {
			throw new BadParameterException("types", "no relationship type left to follow with inferred=" + mode.name().toLowerCase(Locale.ROOT));
		}
		return new LineageTypes(types, this.containment, this.units, mode);
	}

	String[] followedArray() {
		return this.followed.stream().sorted().toArray(String[]::new);
	}

	String[] containmentArray() {
		return this.containment.stream().sorted().toArray(String[]::new);
	}

}
