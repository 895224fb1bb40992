package io.normgraph.corpus;

import java.util.List;
import java.util.Map;

/**
 * The outcome of an import or a dry run: what was read, what changed, and every problem found.
 *
 * @param corpus where the corpus came from
 * @param dryRun whether writing was skipped on purpose
 * @param written whether the graph was changed (never when there are problems)
 * @param rows data rows read per file
 * @param nodesCreated nodes that did not exist before
 * @param relationshipsCreated relationships that did not exist before
 * @param problems everything wrong, each with file, line and column; empty when the import is valid
 */
public record ImportReport(String corpus, boolean dryRun, boolean written, Map<String, Integer> rows,
		int nodesCreated, int relationshipsCreated, List<ImportProblem> problems) {

	public boolean valid() {
		return this.problems.isEmpty();
	}

}
