package io.normgraph.corpus;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;

import io.normgraph.corpus.CorpusRows.RelationshipRow;

/**
 * What removing nodes would break: a node no corpus asserts any more is deleted, so nothing else
 * may still need it: neither another corpus's relationships nor this corpus's own new rows.
 */
final class Removals {

	private Removals() {
	}

	static void check(Neo4jClient client, ImportPlan plan, CorpusRows rows, String corpus, List<ImportProblem> problems) {
		if (plan.delete().isEmpty()) {
			return;
		}
		Set<String> deleted = new HashSet<>(plan.delete());
		for (RelationshipRow row : rows.relationships()) {
			for (String end : List.of(row.from(), row.to())) {
				if (deleted.contains(end)) {
					problems.add(row.origin().problem(end.equals(row.from()) ? "from" : "to", "'" + end
							+ "' is no longer in this corpus and no other corpus asserts it, so it would be removed"));
				}
			}
		}
		client.query(CorpusStatements.STILL_USED)
			.bindAll(Map.of("ids", List.copyOf(deleted), "corpus", corpus))
			.fetch()
			.all()
			.forEach((row) -> problems.add(new ImportProblem(ImportProblem.GRAPH, 0, null, "'" + row.get("id")
					+ "' would be removed with corpus '" + corpus + "', but corpus '" + row.get("corpus") + "' relates it to '"
					+ row.get("other") + "' (" + row.get("type") + "); remove or re-import that corpus first")));
	}

}
