package io.normgraph.reuse.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.normgraph.schema.LabelRole;
import io.normgraph.schema.PropertyRole;
import io.normgraph.schema.PropertySpec;
import io.normgraph.schema.Schema;
import io.normgraph.schema.Time;
import io.normgraph.schema.TypeRole;

/**
 * What detection reads and writes, taken from the schema's roles and never from names: the units
 * of text (labels with role provision) and the property that holds each one's text (role text,
 * none when the label has no text), the instruments (role instrument) with the dates that start
 * them ({@code time: start}), the containment types that join a unit to its instrument, and the
 * relationship type that keeps reuse (role reuse).
 *
 * @param texts each provision label, with its text property or null
 * @param instrumentDates each instrument label, with its start-date properties
 * @param containment the containment types
 * @param reuse the reuse type
 * @param source the label of the Source node that describes a run (role source)
 * @param derivations the derivation types (a finding can be accepted as one of them)
 */
record ReuseSchema(Map<String, @Nullable String> texts, Map<String, List<String>> instrumentDates,
		Set<String> containment, String reuse, String source, Set<String> derivations) {

	/** How many containment levels lie at most between a unit and its instrument (as lineage). */
	static final int CONTAINMENT_LEVELS = 4;

	static ReuseSchema of(Schema schema) {
		Map<String, @Nullable String> texts = new LinkedHashMap<>();
		for (String label : schema.labelsWith(LabelRole.PROVISION)) {
			texts.put(label, schema.propertyWith(label, PropertyRole.TEXT).orElse(null));
		}
		Map<String, List<String>> dates = new LinkedHashMap<>();
		for (String label : schema.labelsWith(LabelRole.INSTRUMENT)) {
			dates.put(label, schema.nodeProperties(label).values().stream().filter((p) -> p.time() == Time.START)
				.map(PropertySpec::name).toList());
		}
		Set<String> reuse = schema.typesWith(TypeRole.REUSE);
		if (reuse.isEmpty()) {
			throw new IllegalStateException("the schema declares no relationship type with role reuse");
		}
		Set<String> sources = schema.labelsWith(LabelRole.SOURCE);
		if (sources.isEmpty()) {
			throw new IllegalStateException("the schema declares no label with role source");
		}
		return new ReuseSchema(texts, dates, schema.typesWith(TypeRole.CONTAINMENT), new java.util.TreeSet<>(reuse).first(),
				new java.util.TreeSet<>(sources).first(), schema.typesWith(TypeRole.DERIVATION));
	}

	ReuseSchema {
		texts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(texts));
		instrumentDates = Map.copyOf(instrumentDates);
		containment = Set.copyOf(containment);
		derivations = Set.copyOf(derivations);
	}

	/** The provision labels whose nodes can have a text. */
	Set<String> labelsWithText() {
		Set<String> labels = new java.util.TreeSet<>();
		this.texts.forEach((label, property) -> {
			if (property != null) {
				labels.add(label);
			}
		});
		return labels;
	}

}
