package io.normgraph.corpus;

import java.util.List;
import java.util.Map;

/**
 * The outcome of an import, a dry run or a removal: what was read, what changed (or would), and
 * every problem found.
 *
 * @param corpus the corpus's id
 * @param from where the files came from
 * @param dryRun whether writing was skipped on purpose
 * @param written whether the graph was changed (never when there are problems)
 * @param rows data rows read per file
 * @param nodes the corpus's nodes created, changed, unchanged and removed
 * @param relationships the same for its relationships
 * @param conflicts values this corpus contradicts that another corpus gave (problems, unless kept as claims)
 * @param problems everything wrong, each with file, line and column; empty when the import is valid
 */
public record ImportReport(String corpus, String from, boolean dryRun, boolean written, Map<String, Integer> rows,
		Changes nodes, Changes relationships, List<ValueConflict> conflicts, List<ImportProblem> problems) {

	public boolean valid() {
		return this.problems.isEmpty();
	}

	/** How many were created, changed, left unchanged and removed. */
	public record Changes(int created, int changed, int unchanged, int removed) {

		static final Changes NONE = new Changes(0, 0, 0, 0);

		@Override
		public String toString() {
			return this.created + " created, " + this.changed + " changed, " + this.unchanged + " unchanged, "
					+ this.removed + " removed";
		}

	}

	/**
	 * A value the importing corpus gives that differs from one another corpus gave.
	 *
	 * @param file the row's file
	 * @param line the row's line
	 * @param id the node
	 * @param property the property
	 * @param graphValue the value in the graph
	 * @param graphCorpus the corpus that gave it
	 * @param value the value this corpus gives
	 * @param corpus this corpus
	 */
	public record ValueConflict(String file, long line, String id, String property, Object graphValue,
			String graphCorpus, Object value, String corpus) {

		ImportProblem problem() {
			return new ImportProblem(this.file, this.line, this.property, "'" + this.id + "' has " + this.property + " '"
					+ this.graphValue + "' from corpus '" + this.graphCorpus + "'; this corpus gives '" + this.value
					+ "' (import with conflicts=claims to keep both as claims)");
		}

	}

}
