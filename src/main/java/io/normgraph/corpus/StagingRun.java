package io.normgraph.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.neo4j.core.Neo4jClient;

import io.normgraph.corpus.ImportReport.Changes;
import io.normgraph.corpus.ImportReport.ValueConflict;
import io.normgraph.schema.Schema;

/**
 * What one import, re-import or removal has found and staged so far: its problems, conflicts
 * and counts, and the lookups every batch makes. Its size does not grow with the corpus: rows
 * pass through in batches and are staged in the database; only counts stay.
 */
final class StagingRun {

	/** Rows per batch: per statement and per staging transaction. */
	static final int BATCH = 5_000;

	/** Conflicts listed by one report (all are counted, and all become claims when asked). */
	static final int CONFLICT_LIMIT = 1_000;

	final Neo4jClient client;

	final Schema schema;

	final String corpus;

	final ImportOptions options;

	/** Whether the corpus is in the graph already (a new version, or a removal). */
	final boolean imported;

	final ProblemList problems = new ProblemList();

	final Origins origins = new Origins();

	final List<ValueConflict> conflicts = new ArrayList<>();

	/** Most duplicate rows kept until every row is read, to check what they name then. */
	static final int KEPT_DUPLICATES = 1_000;

	/**
	 * References of duplicate rows (never staged) that no row read so far defines: checked once
	 * every row is (a later row may define them), so that a duplicate's other problems are
	 * reported in the same pass. At most {@link #KEPT_DUPLICATES} rows' worth.
	 */
	final List<References.Reference> duplicateReferences = new ArrayList<>();

	int keptDuplicates;

	long conflictCount;

	final Map<String, Integer> rows = new TreeMap<>();

	final Map<String, Integer> labels = new TreeMap<>();

	final Map<String, Integer> types = new TreeMap<>();

	/** Provisions created or changed listed in the event that tells the corpus changed. */
	static final int LISTED_PROVISIONS = 10_000;

	final List<String> provisions = new ArrayList<>();

	long provisionCount;

	final long[] nodes = new long[4];

	final long[] relationships = new long[4];

	/** Rows (and, publishing, changes) done, for progress. */
	final ImportProgress.Tracker progress;

	StagingRun(Neo4jClient client, Schema schema, String corpus, ImportOptions options, boolean imported,
			ImportProgress.Tracker progress) {
		this.client = client;
		this.schema = schema;
		this.corpus = corpus;
		this.options = options;
		this.imported = imported;
		this.progress = progress;
	}

	static final int CREATED = 0;

	static final int CHANGED = 1;

	static final int UNCHANGED = 2;

	static final int REMOVED = 3;

	void conflict(ValueConflict conflict) {
		this.conflictCount++;
		if (this.conflicts.size() < CONFLICT_LIMIT) {
			this.conflicts.add(conflict);
		}
		if (this.options.conflicts() != ImportOptions.Conflicts.CLAIMS) {
			this.problems.add(conflict.problem());
		}
	}

	/** A node of this label was created or changed. */
	void changed(String label, String id) {
		if (this.schema.roleOf(label) == io.normgraph.schema.LabelRole.PROVISION) {
			this.provisionCount++;
			if (this.provisions.size() < LISTED_PROVISIONS) {
				this.provisions.add(id);
			}
		}
	}

	Changes nodeChanges() {
		return changes(this.nodes);
	}

	Changes relationshipChanges() {
		return changes(this.relationships);
	}

	/** Whether writing would change the graph at all. */
	boolean changesAnything() {
		return this.nodes[CREATED] + this.nodes[CHANGED] + this.nodes[REMOVED] + this.relationships[CREATED]
				+ this.relationships[CHANGED] + this.relationships[REMOVED] > 0;
	}

	/** {@code {"nodes": {label: n}, "relationships": {type: n}}} of the rows, for the Corpus node. */
	Map<String, Map<String, Integer>> counts() {
		Map<String, Map<String, Integer>> counts = new HashMap<>();
		counts.put("nodes", this.labels);
		counts.put("relationships", this.types);
		return counts;
	}

	Map<String, Object> lookup(String cypher, String parameter, Object value) {
		Map<String, Object> found = new HashMap<>();
		this.client.query(cypher).bind(value).to(parameter).fetch().all().forEach((row) -> {
			Object key = row.containsKey("id") ? row.get("id") : row.get("key");
			found.put(String.valueOf(key), row);
		});
		return found;
	}

	private static Changes changes(long[] counts) {
		return new Changes((int) counts[CREATED], (int) counts[CHANGED], (int) counts[UNCHANGED], (int) counts[REMOVED]);
	}

}
