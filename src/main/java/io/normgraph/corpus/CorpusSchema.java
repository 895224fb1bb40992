package io.normgraph.corpus;

import static io.normgraph.corpus.ValueType.DATE;
import static io.normgraph.corpus.ValueType.ID;
import static io.normgraph.corpus.ValueType.INTEGER;
import static io.normgraph.corpus.ValueType.TEXT;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The labels, relationship types and columns a corpus may use (import/README.md documents the
 * same). Anything else is a typo until the schema says otherwise.
 */
public final class CorpusSchema {

	/** Columns every node file has; the first four are required. */
	static final Map<String, ValueType> NODE_COLUMNS = columns("id", ID, "name", TEXT, "source", ID, "locator", TEXT,
			"quote", TEXT, "summary", TEXT);

	static final Set<String> REQUIRED_NODE_COLUMNS = Set.of("id", "name", "source", "locator");

	/** Columns every relationship file has; the first four are required. */
	static final Map<String, ValueType> RELATIONSHIP_COLUMNS = columns("from", ID, "to", ID, "source", ID, "locator",
			TEXT, "quote", TEXT, "note", TEXT);

	static final Set<String> REQUIRED_RELATIONSHIP_COLUMNS = Set.of("from", "to", "source", "locator");

	/** Label → its own columns. */
	public static final Map<String, Map<String, ValueType>> LABELS = Map.of(
			"Source", columns("title", TEXT, "author", TEXT, "date", DATE, "citation", TEXT, "url", TEXT),
			"Instrument", columns("kind", TEXT, "status", TEXT, "adoptedOn", DATE, "version", TEXT, "date", DATE),
			"Provision", columns("number", TEXT, "heading", TEXT, "issue", TEXT, "text", TEXT),
			"Forum", columns("kind", TEXT, "headquarters", TEXT, "memberCount", INTEGER),
			"Meeting", columns("startDate", DATE, "endDate", DATE, "place", TEXT, "session", TEXT),
			"Decision", columns("date", DATE, "outcome", TEXT),
			"Actor", columns("kind", TEXT, "region", TEXT),
			"Assessment", columns("kind", TEXT, "number", TEXT),
			"Claim", columns("property", TEXT, "value", TEXT));

	/** Relationship type → its own columns. */
	public static final Map<String, Map<String, ValueType>> TYPES = Map.ofEntries(
			Map.entry("PART_OF", columns("order", INTEGER)),
			Map.entry("DERIVES_FROM", columns("kind", TEXT, "issue", TEXT, "deviation", TEXT)),
			Map.entry("CROSS_REFERENCES", columns()),
			Map.entry("SUPPORTS", columns("meeting", ID, "date", DATE, "action", TEXT)),
			Map.entry("OPPOSES", columns("meeting", ID, "date", DATE, "action", TEXT)),
			Map.entry("NEGOTIATED_IN", columns("date", DATE)),
			Map.entry("ADOPTED_BY", columns("date", DATE)),
			Map.entry("PURSUED_IN", columns("date", DATE, "action", TEXT)),
			Map.entry("HELD_BY", columns()),
			Map.entry("TAKEN_AT", columns()),
			Map.entry("CONCERNS", columns()),
			Map.entry("FOLLOWS", columns()),
			Map.entry("MEMBER_OF", columns("role", TEXT, "representing", TEXT)),
			Map.entry("PARTICIPATED_IN", columns("role", TEXT)),
			Map.entry("PROMOTES", columns("date", DATE, "action", TEXT)),
			Map.entry("ESTABLISHED_BY", columns("date", DATE)),
			Map.entry("ASSESSES", columns()),
			Map.entry("ABOUT", columns()),
			Map.entry("CITES", columns()));

	/** Columns whose value must be the id of a node with the given label. */
	static final Map<String, String> REFERENCE_COLUMNS = Map.of("source", "Source", "meeting", "Meeting");

	private CorpusSchema() {
	}

	static Map<String, ValueType> nodeColumns(String label) {
		Map<String, ValueType> all = new LinkedHashMap<>(NODE_COLUMNS);
		all.putAll(LABELS.get(label));
		return all;
	}

	static Map<String, ValueType> relationshipColumns(String type) {
		Map<String, ValueType> all = new LinkedHashMap<>(RELATIONSHIP_COLUMNS);
		all.putAll(TYPES.get(type));
		return all;
	}

	private static Map<String, ValueType> columns(Object... namesAndTypes) {
		Map<String, ValueType> columns = new LinkedHashMap<>();
		for (int i = 0; i < namesAndTypes.length; i += 2) {
			columns.put((String) namesAndTypes[i], (ValueType) namesAndTypes[i + 1]);
		}
		return columns;
	}

}
