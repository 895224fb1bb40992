package io.normgraph.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.normgraph.corpus.CorpusRows.NodeRow;
import io.normgraph.corpus.CorpusRows.Origin;
import io.normgraph.corpus.CorpusRows.RelationshipRow;
import io.normgraph.schema.PropertySpec;
import io.normgraph.schema.Schema;
import io.normgraph.schema.ValueType;

/**
 * The ids a row points at: a relationship's ends, and every id property whose schema says which
 * label the node it names must have ({@code source} a Source, {@code meeting} a Meeting).
 */
final class References {

	/** One id a row names, where, and the label it must have (null: any). */
	record Reference(String column, String id, @Nullable String label, Origin origin) {
	}

	private References() {
	}

	static List<Reference> of(Schema schema, NodeRow row) {
		return properties(schema.nodeProperties(row.label()), row.properties(), row.origin());
	}

	static List<Reference> of(Schema schema, RelationshipRow row) {
		List<Reference> references = new ArrayList<>();
		references.add(new Reference("from", row.from(), null, row.origin()));
		references.add(new Reference("to", row.to(), null, row.origin()));
		references.addAll(properties(schema.relationshipProperties(row.type()), row.properties(), row.origin()));
		return references;
	}

	/** The properties of a label that name a node by id, with the label it must have. */
	static List<String> declared(Schema schema, String label) {
		return schema.nodeProperties(label)
			.values()
			.stream()
			.filter((property) -> property.type() == ValueType.ID && property.references() != null)
			.map(PropertySpec::name)
			.toList();
	}

	static @Nullable String label(Schema schema, String label, String property) {
		return schema.nodeProperties(label).get(property).references();
	}

	static String withArticle(String label) {
		return ("AEIOU".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
	}

	/** What an id names: its label, whether the import creates it, whether a new version removes it. */
	record Target(String label, boolean created, boolean leaving) {
	}

	/**
	 * Resolves the ids rows point at, a batch at a time: against the batch itself, the rows
	 * sent to be staged and not yet written ({@link StagingWrites}), the rows staged before, and
	 * the graph. Keeps the last ids it found (most rows point at a few
	 * sources), never what it did not find, which a later row may still define.
	 */
	static final class Resolver {

		private static final int REMEMBERED = 20_000;

		private final StagingRun run;

		private final Map<String, Target> batch = new HashMap<>();

		private final Map<String, Target> remembered = new LinkedHashMap<>(1024, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Target> eldest) {
				return size() > REMEMBERED;
			}

		};

		private final StagingWrites writes;

		Resolver(StagingRun run, StagingWrites writes) {
			this.run = run;
			this.writes = writes;
		}

		/**
		 * The rows of the batch being staged, known before they are written; what an id already
		 * is in the graph wins over what a row says (a row that disagrees is a problem itself).
		 */
		void define(Collection<NodeRow> rows, Map<String, NodeState> graph) {
			this.batch.clear();
			rows.forEach((row) -> {
				NodeState before = graph.get(row.id());
				this.batch.put(row.id(), new Target((before != null) ? before.label() : row.label(), before == null, false));
			});
		}

		/** Forgets what it found: the rows staged since may have changed what an id is. */
		void forget() {
			this.remembered.clear();
			this.batch.clear();
		}

		@Nullable Target target(String id) {
			Target target = this.batch.get(id);
			if (target != null) {
				return target;
			}
			StagingWrites.Node sent = this.writes.node(id);
			return (sent != null) ? sent.target() : this.remembered.get(id);
		}

		/** Looks up, in two statements, whichever of these ids it does not know yet. */
		void resolve(Set<String> ids) {
			List<String> unknown = ids.stream().filter((id) -> target(id) == null).toList();
			if (unknown.isEmpty()) {
				return;
			}
			Set<String> missing = new HashSet<>(unknown);
			this.run.lookup(StagingStatements.STAGED_IDS, "ids", unknown).forEach((id, row) -> {
				Map<?, ?> found = (Map<?, ?>) row;
				this.remembered.put(id, new Target(String.valueOf(found.get("label")),
						!Boolean.TRUE.equals(found.get("existing")), false));
				missing.remove(id);
			});
			if (missing.isEmpty()) {
				return;
			}
			this.run.lookup(StagingStatements.GRAPH_IDS, "ids", List.copyOf(missing)).forEach((id, row) -> {
				Map<?, ?> found = (Map<?, ?>) row;
				boolean leaving = this.run.imported && List.of(this.run.corpus).equals(found.get("corpora"));
				this.remembered.put(id, new Target(String.valueOf(found.get("label")), false, leaving));
			});
		}

		/**
		 * Reports each reference that names an id of the wrong label, and, unless it may still be
		 * defined later, each that names nothing.
		 * @return whether every reference was resolved
		 */
		boolean check(List<Reference> references, boolean final_) {
			boolean resolved = true;
			for (Reference reference : references) {
				Target target = target(reference.id());
				if (target == null) {
					resolved = false;
					if (final_) {
						this.run.problems.add(reference.origin().problem(reference.column(),
								"'" + reference.id() + "' is neither in this corpus nor in the graph"));
					}
				}
				else if (reference.label() != null && !reference.label().equals(target.label())) {
					this.run.problems.add(reference.origin().problem(reference.column(), "'" + reference.id() + "' is "
							+ withArticle(target.label()) + ", not " + withArticle(reference.label())));
				}
			}
			return resolved;
		}

	}

	private static List<Reference> properties(Map<String, PropertySpec> declared, Map<String, Object> values, Origin origin) {
		List<Reference> references = new ArrayList<>();
		declared.values().forEach((property) -> {
			if (property.type() == ValueType.ID && property.references() != null
					&& values.get(property.name()) instanceof String id) {
				references.add(new Reference(property.name(), id, property.references(), origin));
			}
		});
		return references;
	}

}
