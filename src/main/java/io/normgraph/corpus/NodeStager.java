package io.normgraph.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.json.JsonMapper;

import io.normgraph.corpus.CorpusRows.NodeRow;
import io.normgraph.corpus.CorpusRows.RelationshipRow;
import io.normgraph.corpus.ImportReport.ValueConflict;
import io.normgraph.corpus.NodeState.CoAssertion;
import io.normgraph.schema.Schema;

/**
 * Checks and stages one batch of node rows: duplicates (in the batch, and against the rows
 * staged before it), ids the graph gives another label, values another corpus gave
 * ({@link Sharing}; conflicts, or claims), references, and what each row will do to the graph
 * (create a node, change one, or nothing). Staged rows stay out of readers' sight.
 */
final class NodeStager {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final StagingRun run;

	private final References.Resolver resolver;

	private final StagingWrites writes;

	NodeStager(StagingRun run, References.Resolver resolver, StagingWrites writes) {
		this.run = run;
		this.resolver = resolver;
		this.writes = writes;
	}

	/** @return the claims' ABOUT relationships to stage once the claims are (claims mode only) */
	List<RelationshipRow> stage(List<NodeRow> batch) {
		Map<String, NodeRow> rows = new LinkedHashMap<>();
		List<NodeRow> duplicates = new ArrayList<>();
		for (NodeRow row : batch) {
			NodeRow first = rows.putIfAbsent(row.id(), row);
			if (first != null) {
				duplicate(row, first.origin().toString());
				duplicates.add(row);
			}
		}
		rows.values().removeIf((row) -> {
			StagingWrites.Node first = this.writes.node(row.id());
			if (first != null) {
				duplicate(row, first.origin().toString());
				duplicates.add(row);
			}
			return first != null;
		});
		this.run.lookup(StagingStatements.STAGED_IDS, "ids", List.copyOf(rows.keySet())).forEach((id, found) -> {
			NodeRow row = rows.remove(id);
			duplicate(row, this.run.origins.of(((Map<?, ?>) found).get("at")).toString());
			duplicates.add(row);
		});
		keepReferences(duplicates);
		Map<String, NodeState> graph = GraphLookups.states(this.run.client, rows.keySet());
		this.resolver.define(rows.values(), graph);
		Set<String> named = new HashSet<>();
		rows.values().forEach((row) -> References.of(this.run.schema, row).forEach((reference) -> named.add(reference.id())));
		this.resolver.resolve(named);
		List<Map<String, Object>> staged = new ArrayList<>();
		Map<String, StagingWrites.Node> sent = new HashMap<>();
		List<NodeRow> claims = new ArrayList<>();
		List<RelationshipRow> about = new ArrayList<>();
		for (NodeRow row : rows.values()) {
			this.run.labels.merge(row.label(), 1, Integer::sum);
			boolean unresolved = !this.resolver.check(References.of(this.run.schema, row), false);
			NodeState before = graph.get(row.id());
			Map<String, Object> properties;
			boolean existing = before != null;
			if (before == null) {
				properties = created(row.properties());
				this.run.nodes[StagingRun.CREATED]++;
				this.run.changed(row.label(), row.id());
			}
			else if (!before.label().equals(row.label())) {
				this.run.problems.add(row.origin().problem("id", "'" + row.id() + "' is already "
						+ References.withArticle(before.label()) + " in the graph; an id names one node of one label"));
				properties = new HashMap<>(Map.of("id", row.id(), "__label", before.label(), "__update", false));
			}
			else {
				properties = shared(row, before, claims, about);
			}
			properties.put("__at", this.run.origins.at(row.origin()));
			properties.putIfAbsent("__label", row.label());
			staged.add(Map.of("properties", properties, "existing", existing, "unresolved", unresolved));
			sent.put(row.id(), new StagingWrites.Node(this.resolver.target(row.id()), row.origin()));
		}
		if (!staged.isEmpty()) {
			this.writes.send(StagingStatements.STAGE_NODES, Map.of("rows", staged), sent, Map.of(), (answer) -> {
			});
		}
		if (!claims.isEmpty()) {
			about.addAll(stage(claims));
		}
		return about;
	}

	/** A row for a node in the graph: its next state, or nothing when the node stays as it is. */
	private Map<String, Object> shared(NodeRow row, NodeState before, List<NodeRow> claims, List<RelationshipRow> about) {
		Sharing.Outcome outcome = Sharing.assertBy(before, this.run.corpus, row.properties());
		for (Sharing.Conflict conflict : outcome.conflicts()) {
			ValueConflict value = new ValueConflict(row.origin().file(), row.origin().line(), row.id(), conflict.key(),
					conflict.graphValue(), conflict.graphCorpus(), conflict.value(), this.run.corpus);
			this.run.conflict(value);
			if (this.run.options.conflicts() == ImportOptions.Conflicts.CLAIMS) {
				ClaimRows.add(value, before, row, this.run.schema, this.run.corpus, claims, about);
			}
		}
		NodeState after = dated(this.run.schema, outcome.state());
		if (after.equals(before)) {
			this.run.nodes[StagingRun.UNCHANGED]++;
			return new HashMap<>(Map.of("id", row.id(), "__update", false));
		}
		this.run.nodes[StagingRun.CHANGED]++;
		this.run.changed(row.label(), row.id());
		return updated(after);
	}

	/** A node's next state as a staged row: its properties, and its other corpora's ASSERTS as JSON. */
	static Map<String, Object> updated(NodeState state) {
		Map<String, Object> properties = new HashMap<>(state.properties());
		List<Map<String, Object>> others = new ArrayList<>();
		for (CoAssertion other : state.others()) {
			Map<String, Object> assertion = new HashMap<>(other.provenance());
			assertion.put("keys", List.copyOf(new TreeSet<>(other.keys())));
			assertion.put("added", List.copyOf(new TreeSet<>(other.added())));
			assertion.put("order", others.size());
			others.add(Map.of("corpus", other.corpus(), "properties", assertion));
		}
		properties.put("__update", true);
		properties.put("__others", JSON.writeValueAsString(others));
		properties.put("__label", state.label());
		return properties;
	}

	/** A new node's properties: the row's, and who asserted it. */
	private Map<String, Object> created(Map<String, Object> row) {
		Map<String, Object> properties = new HashMap<>(row);
		properties.put(Schema.CORPUS, this.run.corpus);
		properties.put(Schema.CORPORA, List.of(this.run.corpus));
		return properties;
	}

	/** A duplicate is not staged, but what it names is checked all the same once every row is read. */
	private void keepReferences(List<NodeRow> duplicates) {
		for (NodeRow row : duplicates) {
			if (this.run.keptDuplicates++ < StagingRun.KEPT_DUPLICATES) {
				this.run.duplicateReferences.addAll(References.of(this.run.schema, row));
			}
		}
	}

	private void duplicate(NodeRow row, String first) {
		this.run.problems.add(row.origin().problem("id", "duplicate id '" + row.id() + "', first defined at " + first));
	}

	/** The state with its validity dates computed again from its (possibly changed) dates. */
	static NodeState dated(Schema schema, NodeState state) {
		Map<String, Object> properties = new HashMap<>(state.properties());
		properties.remove(Schema.VALID_FROM);
		properties.remove(Schema.VALID_UNTIL);
		if (schema.label(state.label()).isPresent()) {
			Validity.add(properties, schema.nodeProperties(state.label()), Validity.isEvent(schema, state.label()));
		}
		return new NodeState(state.id(), state.label(), properties, state.owner(), state.others());
	}

	static final Set<String> META = Set.of("__label", "__at", "__update", "__others");

}
