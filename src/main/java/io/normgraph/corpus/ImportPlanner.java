package io.normgraph.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.normgraph.corpus.CorpusRows.NodeRow;
import io.normgraph.corpus.CorpusRows.RelationshipRow;
import io.normgraph.corpus.GraphState.Existing;
import io.normgraph.corpus.ImportReport.Changes;
import io.normgraph.corpus.ImportReport.ValueConflict;
import io.normgraph.schema.Schema;

/**
 * Compares a corpus's rows with what the graph holds and plans the write: which nodes and
 * relationships are created, changed, left alone or removed, how shared nodes change
 * ({@link Sharing}), and which values contradict another corpus's.
 */
final class ImportPlanner {

	private final Schema schema;

	private final String corpus;

	ImportPlanner(Schema schema, String corpus) {
		this.schema = schema;
		this.corpus = corpus;
	}

	/** The plan, and the conflicts it leaves the graph's values standing for. */
	record Result(ImportPlan plan, List<ValueConflict> conflicts) {
	}

	Result plan(CorpusRows rows, GraphState graph) {
		List<ValueConflict> conflicts = new ArrayList<>();
		List<NodeRow> create = new ArrayList<>();
		List<NodeState> update = new ArrayList<>();
		List<String> delete = new ArrayList<>();
		int unchanged = 0;
		int changed = 0;
		Set<String> defined = new HashSet<>();
		for (NodeRow row : rows.nodes()) {
			if (!defined.add(row.id())) {
				continue;
			}
			NodeState before = graph.nodes().get(row.id());
			if (before == null) {
				create.add(new NodeRow(row.label(), created(row.properties()), row.origin()));
				continue;
			}
			if (!before.label().equals(row.label())) {
				continue; // the validator reports it: an id names one node of one label
			}
			Sharing.Outcome outcome = Sharing.assertBy(before, this.corpus, row.properties());
			outcome.conflicts().forEach((conflict) -> conflicts.add(new ValueConflict(row.origin().file(), row.origin().line(),
					row.id(), conflict.key(), conflict.graphValue(), conflict.graphCorpus(), conflict.value(), this.corpus)));
			NodeState after = dated(outcome.state());
			if (after.equals(before)) {
				unchanged++;
			}
			else {
				update.add(after);
				changed++;
			}
		}
		int removed = 0;
		for (String id : graph.previousNodes()) {
			if (defined.contains(id) || !graph.nodes().containsKey(id)) {
				continue;
			}
			removed++;
			NodeState after = Sharing.retract(graph.nodes().get(id), this.corpus);
			if (after == null) {
				delete.add(id);
			}
			else {
				update.add(dated(after));
			}
		}
		Changes nodes = new Changes(create.size(), changed, unchanged, removed);
		return new Result(relationships(rows, graph, create, update, delete, nodes), conflicts);
	}

	private ImportPlan relationships(CorpusRows rows, GraphState graph, List<NodeRow> create, List<NodeState> update,
			List<String> delete, Changes nodes) {
		List<RelationshipRow> created = new ArrayList<>();
		List<RelationshipRow> changed = new ArrayList<>();
		Set<String> kept = new HashSet<>();
		int unchanged = 0;
		for (RelationshipRow row : rows.relationships()) {
			if (!kept.add(row.key())) {
				continue;
			}
			Map<String, Object> properties = new HashMap<>(row.properties());
			properties.put(Schema.CORPUS, this.corpus);
			RelationshipRow planned = new RelationshipRow(row.type(), row.from(), row.to(), properties, row.origin());
			Existing existing = graph.relationships().get(row.key());
			if (existing == null) {
				created.add(planned);
			}
			else if (!this.corpus.equals(existing.corpus())) {
				continue; // the validator reports it
			}
			else if (existing.properties().equals(properties)) {
				unchanged++;
			}
			else {
				changed.add(planned);
			}
		}
		List<Existing> deleted = graph.previousRelationships()
			.entrySet()
			.stream()
			.filter((entry) -> !kept.contains(entry.getKey()))
			.map(Map.Entry::getValue)
			.toList();
		return new ImportPlan(create, update, delete, created, changed, deleted, nodes,
				new Changes(created.size(), changed.size(), unchanged, deleted.size()));
	}

	/** A new node's properties: the row's, and who asserted it. */
	private Map<String, Object> created(Map<String, Object> row) {
		Map<String, Object> properties = new HashMap<>(row);
		properties.put(Schema.CORPUS, this.corpus);
		properties.put(Schema.CORPORA, List.of(this.corpus));
		return properties;
	}

	/** The state with its validity dates computed again from its (possibly changed) dates. */
	private NodeState dated(NodeState state) {
		Map<String, Object> properties = new HashMap<>(state.properties());
		properties.remove(Schema.VALID_FROM);
		properties.remove(Schema.VALID_UNTIL);
		if (this.schema.label(state.label()).isPresent()) {
			Validity.add(properties, this.schema.nodeProperties(state.label()), Validity.isEvent(this.schema, state.label()));
		}
		return new NodeState(state.id(), state.label(), properties, state.owner(), state.others());
	}

}
