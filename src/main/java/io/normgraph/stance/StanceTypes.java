package io.normgraph.stance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import io.normgraph.schema.LabelRole;
import io.normgraph.schema.Polarity;
import io.normgraph.schema.PropertySpec;
import io.normgraph.schema.Schema;
import io.normgraph.schema.Time;
import io.normgraph.schema.TypeRole;
import io.normgraph.schema.ValueType;

/**
 * What the schema says of stances: the types whose role is stance with their polarity, and for
 * each the property naming the meeting it was taken at (an id that {@code references} a label
 * whose role is meeting) and the date that starts it ({@code time: start}). The built-in
 * schema's SUPPORTS and OPPOSES have {@code meeting} and {@code date}; a corpus's own stance
 * types may name theirs differently.
 *
 * @param types the stance types, sorted
 * @param actors the labels whose role is actor, sorted: who takes stances
 */
record StanceTypes(List<String> types, Map<String, Polarity> polarity, Map<String, String> meeting,
		Map<String, String> date, List<String> actors) {

	StanceTypes {
		types = List.copyOf(types);
		actors = List.copyOf(actors);
		polarity = Map.copyOf(polarity);
		meeting = Map.copyOf(meeting);
		date = Map.copyOf(date);
	}

	static StanceTypes of(Schema schema) {
		Set<String> meetings = schema.labelsWith(LabelRole.MEETING);
		Map<String, Polarity> polarity = new LinkedHashMap<>();
		Map<String, String> meeting = new LinkedHashMap<>();
		Map<String, String> date = new LinkedHashMap<>();
		Set<String> types = new TreeSet<>(schema.typesWith(TypeRole.STANCE));
		for (String type : types) {
			Polarity way = schema.types().get(type).polarity();
			polarity.put(type, (way != null) ? way : Polarity.NEUTRAL);
			for (PropertySpec property : schema.relationshipProperties(type).values()) {
				if (property.type() == ValueType.ID && meetings.contains(property.references())) {
					meeting.putIfAbsent(type, property.name());
				}
				if (property.type() == ValueType.DATE && property.time() == Time.START) {
					date.putIfAbsent(type, property.name());
				}
			}
		}
		return new StanceTypes(List.copyOf(types), polarity, meeting, date,
				List.copyOf(new TreeSet<>(schema.labelsWith(LabelRole.ACTOR))));
	}

	boolean any() {
		return !this.types.isEmpty();
	}

	String[] array() {
		return this.types.toArray(String[]::new);
	}

	/** The meeting id a stance of this type names, or null. */
	@Nullable String meetingOf(String type, Map<String, Object> properties) {
		String property = this.meeting.get(type);
		return (property != null && properties.get(property) instanceof String id) ? id : null;
	}

	/** The date a stance of this type was taken, as the source gives it, or null. */
	@Nullable String dateOf(String type, Map<String, Object> properties) {
		String property = this.date.get(type);
		return (property != null && properties.get(property) instanceof String day) ? day : null;
	}

}
