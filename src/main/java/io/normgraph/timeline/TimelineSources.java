package io.normgraph.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import io.normgraph.schema.LabelRole;
import io.normgraph.schema.LabelSpec;
import io.normgraph.schema.PropertySpec;
import io.normgraph.schema.Schema;
import io.normgraph.schema.Time;
import io.normgraph.schema.TypeRole;

/**
 * Where the timeline's entries come from, by the schema's roles: every label whose role is
 * meeting or decision (each node an entry, dated or not), and every label with dates that
 * declare an {@code event} (an instrument signed, adopted, in force; a provision deleted; a
 * version dated), one entry per event date given. Meetings find their forum through the
 * held-by types, decisions their meeting through the taken-at types; the containment types
 * widen a forum to its bodies.
 */
record TimelineSources(List<Source> labels, Set<String> heldBy, Set<String> takenAt, Set<String> containment) {

	TimelineSources {
		labels = List.copyOf(labels);
		heldBy = Set.copyOf(new TreeSet<>(heldBy));
		takenAt = Set.copyOf(new TreeSet<>(takenAt));
		containment = Set.copyOf(new TreeSet<>(containment));
	}

	static TimelineSources of(Schema schema) {
		List<Source> labels = new ArrayList<>();
		for (LabelSpec label : schema.labels().values()) {
			List<Event> events = new ArrayList<>();
			String end = null;
			String start = null;
			for (PropertySpec property : schema.nodeProperties(label.name()).values()) {
				if (property.event() != null) {
					events.add(new Event(property.name(), property.event()));
				}
				if (property.time() == Time.END && end == null) {
					end = property.name();
				}
				if (property.time() == Time.START && start == null) {
					start = property.name();
				}
			}
			boolean session = label.role() == LabelRole.MEETING || label.role() == LabelRole.DECISION;
			if (session && events.isEmpty() && start != null) {
				// a meeting or decision dated without naming the event still goes on the timeline by its start
				events.add(new Event(start, (label.role() == LabelRole.MEETING) ? "held" : "decided"));
			}
			if (session || !events.isEmpty()) {
				labels.add(new Source(label.name(), label.role(), events, (label.role() == LabelRole.MEETING) ? end : null));
			}
		}
		return new TimelineSources(labels, schema.typesWith(TypeRole.HELD_BY), schema.typesWith(TypeRole.TAKEN_AT),
				schema.typesWith(TypeRole.CONTAINMENT));
	}

	String[] sorted(Set<String> types) {
		return new TreeSet<>(types).toArray(String[]::new);
	}

	/**
	 * A label on the timeline.
	 * @param events its event dates, in declaration order
	 * @param end for a meeting, the date it closed
	 */
	record Source(String label, @Nullable LabelRole role, List<Event> events, @Nullable String end) {

		Source {
			events = List.copyOf(events);
		}

		boolean meeting() {
			return this.role == LabelRole.MEETING;
		}

		boolean decision() {
			return this.role == LabelRole.DECISION;
		}

		/** Meetings and decisions are on the timeline whether dated or not; other nodes by their event dates. */
		boolean always() {
			return meeting() || decision();
		}

	}

	/** A date property that marks an event, and the event's name (held, adopted, signed…). */
	record Event(String property, String name) {
	}

}
