package io.normgraph.corpus;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with a corpus, located as precisely as the input allows.
 *
 * @param file the file, relative to the corpus root, e.g. {@code nodes/Provision.csv}, or empty for a
 * line about the report itself
 * @param line the 1-based line in that file (the header is line 1), or 0 for the file as a whole
 * @param column the column's name, or {@code null} when the problem is the whole row or file
 * @param message what is wrong and why
 */
public record ImportProblem(String file, long line, @Nullable String column, String message) {

	/** The "file" of a problem found in the graph rather than in the corpus's files. */
	public static final String GRAPH = "graph";

	@Override
	public String toString() {
		if (this.file.isEmpty()) {
			return this.message; // about the report itself (how many more problems there were)
		}
		return this.file + ((this.line > 0) ? ":" + this.line : "")
				+ ((this.column != null) ? " column '" + this.column + "'" : "") + ": " + this.message;
	}

}
