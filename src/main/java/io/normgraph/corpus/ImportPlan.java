package io.normgraph.corpus;

import java.util.List;

import io.normgraph.corpus.CorpusRows.NodeRow;
import io.normgraph.corpus.CorpusRows.RelationshipRow;
import io.normgraph.corpus.GraphState.Existing;

/**
 * What writing one corpus changes, computed before anything is written.
 *
 * @param create nodes that are new to the graph, with normgraph's own properties
 * @param update nodes in the graph whose properties or sharing change
 * @param delete ids of nodes no corpus asserts any more
 * @param createRelationships relationships new to the graph
 * @param updateRelationships relationships of this corpus whose properties change
 * @param deleteRelationships relationships this corpus asserted before and no longer does
 * @param nodes what happens to the corpus's nodes
 * @param relationships what happens to its relationships
 */
record ImportPlan(List<NodeRow> create, List<NodeState> update, List<String> delete,
		List<RelationshipRow> createRelationships, List<RelationshipRow> updateRelationships,
		List<Existing> deleteRelationships, ImportReport.Changes nodes, ImportReport.Changes relationships) {

	/** Rows to write, for progress. */
	int size() {
		return this.create.size() + this.update.size() + this.delete.size() + this.createRelationships.size()
				+ this.updateRelationships.size() + this.deleteRelationships.size();
	}

}
