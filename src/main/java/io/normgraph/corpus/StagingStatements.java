package io.normgraph.corpus;

/**
 * How an import keeps what it has read out of readers' sight until it publishes, and how it
 * publishes it. Staged data carries only normgraph's internal labels, so no reader's pattern,
 * index or constraint on the graph's labels sees it, and nothing in the graph points at it:
 * <ul>
 * <li>{@code (:__Staged)}: one node per node row, with its id, its final properties and
 * {@code __label} (the label it will have) and {@code __at} (where it was read, {@link Origins}).
 * A row for an id already in the graph is also {@code :__Existing}: it holds the node's next state
 * when {@code __update} is true (the other corpora's {@code ASSERTS} as {@code __others}, JSON),
 * and is dropped when publishing otherwise. A row whose references could not be resolved when it
 * was read is {@code :__Unresolved} until they are checked.</li>
 * <li>relationships between two staged new nodes, with their final type and properties;</li>
 * <li>{@code (:__StagedChange)}: every other change, one node each (a relationship to create,
 * change, keep or delete, a node to delete), keyed by {@code __key} for duplicates and removals.</li>
 * </ul>
 */
final class StagingStatements {

	static final String STAGED = "__Staged";

	static final String CHANGE = "__StagedChange";

	/** Staged node rows with these ids, from earlier batches: duplicates. */
	static final String STAGED_IDS = """
			UNWIND $ids AS id
			MATCH (s:__Staged {id: id})
			RETURN id, s.__at AS at, s.__label AS label, s:__Existing AS existing""";

	/** Ids in the published graph: their label, and which corpora assert them. */
	static final String GRAPH_IDS = """
			UNWIND $ids AS id
			MATCH (n:Entity {id: id})
			RETURN id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.corpora AS corpora""";

	static final String STAGE_NODES = """
			UNWIND $rows AS row
			CREATE (n:__Staged)
			SET n = row.properties
			FOREACH (_ IN CASE WHEN row.existing THEN [1] ELSE [] END | SET n:__Existing)
			FOREACH (_ IN CASE WHEN row.unresolved THEN [1] ELSE [] END | SET n:__Unresolved)""";

	static final String STAGED_KEYS = """
			UNWIND $keys AS key
			MATCH (c:__StagedChange {__key: key})
			RETURN key, c.__at AS at""";

	static final String STAGE_CHANGES = "UNWIND $rows AS row CREATE (c:__StagedChange) SET c = row";

	static final String UNRESOLVED = """
			MATCH (s:__Unresolved) WHERE s.__label = $label
			RETURN s.__at AS at, [p IN $properties | s[p]] AS ids""";

	static final String DONE_UNRESOLVED = "MATCH (s:__Unresolved) WITH s LIMIT $limit REMOVE s:__Unresolved RETURN count(s)";

	/** Ids the graph has and the new version still asserts (it staged a row for them). */
	static final String STILL_STAGED = """
			UNWIND $ids AS id
			RETURN id, EXISTS { MATCH (:__Staged {id: id}) } AS kept""";

	static final String STILL_CHANGED = """
			UNWIND $keys AS key
			RETURN key, EXISTS { MATCH (:__StagedChange {__key: key}) } AS kept""";

	/** A chunk of staged rows for ids in the graph: applied (when changed) and dropped. */
	static final String EXISTING = "MATCH (s:__Existing) WITH s LIMIT $limit RETURN elementId(s) AS element, properties(s) AS s";

	static final String DROP = "UNWIND $elements AS element MATCH (s) WHERE elementId(s) = element DETACH DELETE s";

	/**
	 * A chunk of new nodes becomes part of the graph: their labels, and none of staging's
	 * properties. Run after the rows for existing ids are gone, so every staged node left is new.
	 */
	static final String PUBLISH_NODES = """
			MATCH (n:__Staged)
			WITH n LIMIT $limit
			SET n:Entity:$(n.__label)
			REMOVE n:__Staged:__Unresolved, n.__label, n.__at
			RETURN count(n) AS published""";

	/**
	 * The same for one of {@code $parts} disjoint shares of the new nodes (by the line they were
	 * read from), so that two transactions can publish at once without touching the same node.
	 */
	static final String PUBLISH_NODES_PART = """
			MATCH (n:__Staged) WHERE n.__at % $parts = $part
			WITH n LIMIT $limit
			SET n:Entity:$(n.__label)
			REMOVE n:__Staged:__Unresolved, n.__label, n.__at
			RETURN count(n) AS published""";

	/** What publishing has to do: every staged node and change (counted from the count store). */
	static final String TO_PUBLISH = """
			RETURN COUNT { MATCH (n:__Staged) } + COUNT { MATCH (c:__StagedChange) } AS rows""";

	static final String CHANGES = "MATCH (c:__StagedChange) WITH c LIMIT $limit RETURN elementId(c) AS element, properties(c) AS c";

	/**
	 * Whether an import that did not end left anything behind (its journal, staged rows): one read,
	 * so that a start on a clean store plans no writes (the start-up check of every batch command).
	 */
	static final String LEFTOVERS = """
			RETURN EXISTS { MATCH (:__Normgraph {id: 'import'}) } OR EXISTS { MATCH (:__Staged) }
			    OR EXISTS { MATCH (:__StagedChange) } AS found""";

	static final String REMOVE_STAGED = "MATCH (n:__Staged) WITH n LIMIT $limit DETACH DELETE n RETURN count(n)";

	static final String REMOVE_CHANGES = "MATCH (n:__StagedChange) WITH n LIMIT $limit DELETE n RETURN count(n)";

	/**
	 * One batch of relationship rows of one type against the staged rows: each row's ends as
	 * staged (their labels, and whether the graph has them already), and, between two new nodes,
	 * the relationship staged as it will be unless one with the same identity is staged already
	 * (a duplicate from an earlier batch: {@code found > 0}). The type is a parameter (Cypher's
	 * dynamic types), taken from the schema. Only the rows the caller has to look at come back:
	 * those with an end that is not a new node, duplicates, and those whose pair of end labels is
	 * not in {@code $allowed} (the pairs the schema lets the type connect, as {@code From>To});
	 * every other row was staged. The count stands on its own in the projection (not inside a
	 * CASE), so that it is planned as an Expand(Into) between the two staged ends that a plan shows.
	 */
	static final String STAGE_RELATIONSHIPS = """
			UNWIND $rows AS row
			OPTIONAL MATCH (a:__Staged {id: row.from})
			OPTIONAL MATCH (b:__Staged {id: row.to})
			WITH row, a, b, a IS NOT NULL AND b IS NOT NULL AND NOT a:__Existing AND NOT b:__Existing AS between
			WITH row, a, b, between,
			     COUNT { (a)-[x:$($type)]->(b) WHERE between AND x.source = row.source AND x.locator = row.locator } AS found
			CALL (row, a, b, between, found) {
			  WITH * WHERE between AND found = 0
			  CREATE (a)-[r:$($type)]->(b)
			  SET r = row.properties
			}
			WITH row, a, b, between, found
			WHERE NOT between OR found > 0 OR NOT ((a.__label + '>' + b.__label) IN $allowed)
			RETURN row.i AS i, a.__label AS fromLabel, b.__label AS toLabel, between, found""";

	private StagingStatements() {
	}

}
