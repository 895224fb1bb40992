package io.normgraph.corpus;

import java.time.LocalDate;
import java.util.Map;

import io.normgraph.schema.LabelRole;
import io.normgraph.schema.PartialDate;
import io.normgraph.schema.PropertySpec;
import io.normgraph.schema.Schema;
import io.normgraph.schema.Time;

/**
 * The first and last day a row's fact can hold, from the dates its schema marks with
 * {@link Time}: {@code validFrom} is the earliest day of the earliest start date, {@code validUntil}
 * the last day of the latest end date (none for an event, which stays part of the graph after it
 * closed). A date known to the month covers the whole month. Stored as Neo4j dates beside the
 * source's own partial dates, so that as-of queries compare one indexed value.
 */
final class Validity {

	private Validity() {
	}

	static void add(Map<String, Object> properties, Map<String, PropertySpec> declared, boolean event) {
		LocalDate from = null;
		LocalDate until = null;
		for (PropertySpec property : declared.values()) {
			if (property.time() == null || !(properties.get(property.name()) instanceof String date)
					|| !PartialDate.isValid(date)) {
				continue;
			}
			if (property.time() == Time.START) {
				LocalDate earliest = PartialDate.earliest(date);
				from = (from == null || earliest.isBefore(from)) ? earliest : from;
			}
			else if (!event) {
				LocalDate latest = PartialDate.latest(date);
				until = (until == null || latest.isAfter(until)) ? latest : until;
			}
		}
		if (from != null) {
			properties.put(Schema.VALID_FROM, from);
		}
		if (until != null) {
			properties.put(Schema.VALID_UNTIL, until);
		}
	}

	static boolean isEvent(Schema schema, String label) {
		LabelRole role = schema.roleOf(label);
		return role == LabelRole.MEETING || role == LabelRole.DECISION;
	}

}
