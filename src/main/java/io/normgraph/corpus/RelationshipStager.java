package io.normgraph.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.normgraph.corpus.CorpusRows.Origin;
import io.normgraph.corpus.CorpusRows.RelationshipRow;
import io.normgraph.corpus.GraphLookups.Existing;
import io.normgraph.corpus.References.Reference;
import io.normgraph.corpus.References.Target;
import io.normgraph.schema.Schema;
import io.normgraph.schema.TypeRole;
import io.normgraph.schema.TypeSpec;

/**
 * Checks and stages one batch of relationship rows of one type: references and endpoint labels,
 * duplicates, relationships another corpus already asserts, and what each row does. A
 * relationship between two new nodes is staged as it will be (both ends are staged nodes, out of
 * readers' sight); any other is staged as a change to make when publishing: created, changed, or
 * kept as it is (so that a new version knows what it still asserts).
 */
final class RelationshipStager {

	private final StagingRun run;

	private final References.Resolver resolver;

	private final StagingWrites writes;

	private final Map<TypeSpec, List<String>> allowed = new HashMap<>();

	RelationshipStager(StagingRun run, References.Resolver resolver, StagingWrites writes) {
		this.run = run;
		this.resolver = resolver;
		this.writes = writes;
	}

	void stage(String type, List<RelationshipRow> batch) {
		Map<String, RelationshipRow> rows = new LinkedHashMap<>();
		for (RelationshipRow row : batch) {
			RelationshipRow first = rows.putIfAbsent(row.key(), row);
			if (first != null) {
				duplicate(row, "as " + first.origin());
			}
		}
		rows.values().removeIf((row) -> {
			Origin first = this.writes.key(row.key());
			if (first != null) {
				duplicate(row, "as " + first);
			}
			return first != null;
		});
		Set<String> named = new HashSet<>();
		List<RelationshipRow> sent = new ArrayList<>();
		List<Map<String, Object>> staged = new ArrayList<>();
		Map<String, Origin> keys = new HashMap<>();
		for (RelationshipRow row : rows.values()) {
			this.run.types.merge(type, 1, Integer::sum);
			properties(row).forEach((reference) -> named.add(reference.id()));
			sent.add(row);
			keys.put(row.key(), row.origin());
			Map<String, Object> parameters = new HashMap<>();
			parameters.put("from", row.from());
			parameters.put("to", row.to());
			parameters.put("source", row.properties().get("source"));
			parameters.put("locator", row.properties().get("locator"));
			parameters.put("properties", withCorpus(row));
			parameters.put("i", sent.size() - 1);
			staged.add(parameters);
		}
		this.resolver.resolve(named);
		sent.forEach((row) -> this.resolver.check(properties(row), true));
		TypeSpec spec = this.run.schema.types().get(type);
		if (spec.role() == TypeRole.REUSE) {
			sent.forEach((row) -> this.run.problems.add(row.origin().problem(null, type + " is text reuse that normgraph "
					+ "detects (inferred, docs/reuse.md); no corpus can assert it: use a derivation type for a source's own claim")));
		}
		this.writes.send(StagingStatements.STAGE_RELATIONSHIPS, Map.of("rows", staged, "type", type, "allowed", allowed(spec)),
				Map.of(), keys, (answer) -> staged(spec, sent, rows, answer));
	}

	/** What the staging statement answered: rows it could not stage as they are, and rows to look at. */
	private void staged(TypeSpec spec, List<RelationshipRow> sent, Map<String, RelationshipRow> rows,
			List<Map<String, Object>> answer) {
		Map<Integer, Map<String, Object>> returned = new HashMap<>();
		answer.forEach((result) -> returned.put(((Number) result.get("i")).intValue(), result));
		List<RelationshipRow> elsewhere = new ArrayList<>();
		for (int i = 0; i < sent.size(); i++) {
			RelationshipRow row = sent.get(i);
			Map<String, Object> result = returned.get(i);
			if (result == null) {
				this.run.relationships[StagingRun.CREATED]++; // between two new nodes whose labels the type connects
			}
			else if (!Boolean.TRUE.equals(result.get("between"))) {
				elsewhere.add(row);
			}
			else if (((Number) result.get("found")).longValue() > 0) {
				duplicate(row, "as an earlier row of " + row.origin().file());
			}
			else {
				this.run.relationships[StagingRun.CREATED]++;
				endpoints(spec, row, String.valueOf(result.get("fromLabel")), String.valueOf(result.get("toLabel")));
			}
		}
		stageElsewhere(spec, elsewhere, rows);
	}

	/**
	 * The pairs of labels {@code From>To} the type connects among the schema's labels: rows between
	 * them need no look from here (a pair outside it, even one the type allows, is looked at again).
	 */
	private List<String> allowed(TypeSpec spec) {
		return this.allowed.computeIfAbsent(spec, (type) -> {
			List<String> pairs = new ArrayList<>();
			for (String from : this.run.schema.labels().keySet()) {
				for (String to : this.run.schema.labels().keySet()) {
					if (type.allows(from, to)) {
						pairs.add(from + ">" + to);
					}
				}
			}
			return pairs;
		});
	}

	/** Rows with an end that is not a new node: staged as changes to the graph. */
	private void stageElsewhere(TypeSpec spec, List<RelationshipRow> rows, Map<String, RelationshipRow> byKey) {
		if (rows.isEmpty()) {
			return;
		}
		Set<String> ends = new HashSet<>();
		rows.forEach((row) -> {
			ends.add(row.from());
			ends.add(row.to());
		});
		this.resolver.resolve(ends);
		List<RelationshipRow> inGraph = new ArrayList<>();
		List<Map<String, Object>> changes = new ArrayList<>();
		for (RelationshipRow row : rows) {
			if (!this.resolver.check(List.of(new Reference("from", row.from(), null, row.origin()),
					new Reference("to", row.to(), null, row.origin())), true)) {
				continue;
			}
			Target from = this.resolver.target(row.from());
			Target to = this.resolver.target(row.to());
			endpoints(spec, row, from.label(), to.label());
			leaving(row, "from", from);
			leaving(row, "to", to);
			if (from.created() || to.created()) {
				changes.add(change("create", row, withCorpus(row)));
				this.run.relationships[StagingRun.CREATED]++;
			}
			else {
				inGraph.add(row);
			}
		}
		compare(inGraph, changes);
		write(changes, byKey);
	}

	private void endpoints(TypeSpec spec, RelationshipRow row, String from, String to) {
		if (!spec.allows(from, to)) {
			this.run.problems.add(row.origin().problem(null, row.type() + " cannot connect " + References.withArticle(from)
					+ " ('" + row.from() + "') to " + References.withArticle(to) + " ('" + row.to() + "'); it connects "
					+ spec.connects()));
		}
	}

	/** The row's references but its ends: the id properties its type declares ({@code source}, {@code meeting}…). */
	private List<Reference> properties(RelationshipRow row) {
		List<Reference> references = References.of(this.run.schema, row);
		return references.subList(2, references.size());
	}

	/** Rows between two nodes of the graph: new, changed, the same, or another corpus's. */
	private void compare(List<RelationshipRow> rows, List<Map<String, Object>> changes) {
		if (rows.isEmpty()) {
			return;
		}
		Map<String, Existing> existing = GraphLookups.existing(this.run.client, GraphLookups.RELATIONSHIPS,
				Map.of("rows", rows.stream().map(GraphLookups::identity).toList()));
		for (RelationshipRow row : rows) {
			Existing before = existing.get(row.key());
			Map<String, Object> properties = withCorpus(row);
			if (before == null) {
				changes.add(change("create", row, properties));
				this.run.relationships[StagingRun.CREATED]++;
			}
			else if (!this.run.corpus.equals(before.corpus())) {
				this.run.problems.add(row.origin().problem(null, row.type() + " from '" + row.from() + "' to '" + row.to()
						+ "' with this source and locator is already asserted by corpus '" + before.corpus()
						+ "'; give the locator where this corpus found it"));
			}
			else if (before.properties().equals(properties)) {
				changes.add(change("keep", row, properties));
				this.run.relationships[StagingRun.UNCHANGED]++;
			}
			else {
				changes.add(change("update", row, properties));
				this.run.relationships[StagingRun.CHANGED]++;
			}
		}
	}

	private void write(List<Map<String, Object>> changes, Map<String, RelationshipRow> rows) {
		if (changes.isEmpty()) {
			return;
		}
		Map<String, Object> staged = this.run.lookup(StagingStatements.STAGED_KEYS, "keys",
				changes.stream().map((change) -> change.get("__key")).toList());
		List<Map<String, Object>> fresh = new ArrayList<>();
		for (Map<String, Object> change : changes) {
			Object first = staged.get(String.valueOf(change.get("__key")));
			if (first != null) {
				RelationshipRow row = rows.get(String.valueOf(change.get("__key")));
				duplicate(row, "as " + this.run.origins.of(((Map<?, ?>) first).get("at")));
			}
			else {
				fresh.add(change);
			}
		}
		this.run.client.query(StagingStatements.STAGE_CHANGES).bind(fresh).to("rows").run();
	}

	private void leaving(RelationshipRow row, String column, Target end) {
		if (end.leaving()) {
			String id = column.equals("from") ? row.from() : row.to();
			this.run.problems.add(row.origin().problem(column,
					"'" + id + "' is no longer in this corpus and no other corpus asserts it, so it would be removed"));
		}
	}

	private Map<String, Object> change(String kind, RelationshipRow row, Map<String, Object> properties) {
		Map<String, Object> change = new HashMap<>(properties);
		change.put("__kind", kind);
		change.put("__type", row.type());
		change.put("__from", row.from());
		change.put("__to", row.to());
		change.put("__key", row.key());
		change.put("__at", this.run.origins.at(row.origin()));
		return change;
	}

	private Map<String, Object> withCorpus(RelationshipRow row) {
		Map<String, Object> properties = new HashMap<>(row.properties());
		properties.put(Schema.CORPUS, this.run.corpus);
		return properties;
	}

	private void duplicate(RelationshipRow row, String first) {
		this.run.problems.add(row.origin().problem(null, "duplicate " + row.type() + " from '" + row.from() + "' to '"
				+ row.to() + "' with the same source and locator " + first));
	}

}
