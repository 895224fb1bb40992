package io.normgraph.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.normgraph.corpus.CorpusRows.RelationshipRow;
import io.normgraph.corpus.GraphLookups.Existing;
import io.normgraph.corpus.References.Reference;
import io.normgraph.corpus.References.Target;
import io.normgraph.schema.Schema;
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

	RelationshipStager(StagingRun run, References.Resolver resolver) {
		this.run = run;
		this.resolver = resolver;
	}

	void stage(String type, List<RelationshipRow> batch) {
		Map<String, RelationshipRow> rows = new LinkedHashMap<>();
		Set<String> named = new HashSet<>();
		for (RelationshipRow row : batch) {
			RelationshipRow first = rows.putIfAbsent(row.key(), row);
			if (first != null) {
				duplicate(row, "as " + first.origin());
			}
			References.of(this.run.schema, row).forEach((reference) -> named.add(reference.id()));
		}
		this.resolver.resolve(named);
		TypeSpec spec = this.run.schema.types().get(type);
		List<Map<String, Object>> between = new ArrayList<>();
		List<RelationshipRow> inGraph = new ArrayList<>();
		List<Map<String, Object>> changes = new ArrayList<>();
		for (RelationshipRow row : rows.values()) {
			this.run.types.merge(type, 1, Integer::sum);
			List<Reference> references = References.of(this.run.schema, row);
			if (!this.resolver.check(references, true)) {
				continue;
			}
			Target from = this.resolver.target(row.from());
			Target to = this.resolver.target(row.to());
			if (!spec.allows(from.label(), to.label())) {
				this.run.problems.add(row.origin().problem(null, type + " cannot connect " + References.withArticle(from.label())
						+ " ('" + row.from() + "') to " + References.withArticle(to.label()) + " ('" + row.to() + "'); it connects "
						+ spec.connects()));
			}
			leaving(row, "from", from);
			leaving(row, "to", to);
			if (from.created() && to.created()) {
				Map<String, Object> staged = new HashMap<>();
				staged.put("from", row.from());
				staged.put("to", row.to());
				staged.put("source", row.properties().get("source"));
				staged.put("locator", row.properties().get("locator"));
				staged.put("properties", withCorpus(row));
				staged.put("at", this.run.origins.at(row.origin()));
				between.add(staged);
				this.run.relationships[StagingRun.CREATED]++;
			}
			else if (from.created() || to.created()) {
				changes.add(change("create", row, withCorpus(row)));
				this.run.relationships[StagingRun.CREATED]++;
			}
			else {
				inGraph.add(row);
			}
		}
		compare(inGraph, changes);
		write(type, between, changes, rows);
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

	private void write(String type, List<Map<String, Object>> between, List<Map<String, Object>> changes,
			Map<String, RelationshipRow> rows) {
		if (!between.isEmpty()) {
			this.run.client.query(StagingStatements.STAGE_RELATIONSHIPS)
				.bindAll(Map.of("rows", between, "type", type))
				.fetch()
				.all()
				.forEach((found) -> duplicate(this.run.origins.of(found.get("at")), type, between, "as an earlier row"));
		}
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

	private void duplicate(CorpusRows.Origin at, String type, List<Map<String, Object>> between, String first) {
		long packed = this.run.origins.at(at);
		between.stream().filter((row) -> ((Number) row.get("at")).longValue() == packed).findFirst().ifPresent((row) -> {
			this.run.relationships[StagingRun.CREATED]--;
			this.run.problems.add(at.problem(null, "duplicate " + type + " from '" + row.get("from") + "' to '" + row.get("to")
					+ "' with the same source and locator " + first));
		});
	}

	private void duplicate(RelationshipRow row, String first) {
		this.run.problems.add(row.origin().problem(null, "duplicate " + row.type() + " from '" + row.from() + "' to '"
				+ row.to() + "' with the same source and locator " + first));
	}

}
