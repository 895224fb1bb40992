package io.normgraph.explorer;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One example query: normgraph's own ({@code cypher/queries}, about any graph) or a loaded
 * corpus's ({@code queries/} beside its CSV files), with a title from its file name, the
 * explanation from its leading {@code //} comments, and the Cypher itself (comments included, so
 * it pastes into Neo4j Browser as it is in the file).
 *
 * @param corpus the corpus that ships it, or null for normgraph's own
 * @param location where the file is, for readers: {@code cypher/queries/01-corpora.cypher} or
 * {@code corpus secure: queries/01-….cypher}
 */
record SavedQuery(@Nullable String corpus, String file, String location, String title, String description,
		String cypher) {

	static SavedQuery parse(@Nullable String corpus, String file, String text) {
		List<String> lines = text.strip().lines().toList();
		StringBuilder description = new StringBuilder();
		for (String line : lines) {
			if (!line.startsWith("//")) {
				break;
			}
			description.append(line.substring(2).strip()).append(' ');
		}
		String base = file.replaceFirst("\\.cypher$", "").replaceFirst("^\\d+-", "").replace('-', ' ');
		String title = Character.toUpperCase(base.charAt(0)) + base.substring(1);
		String location = (corpus != null) ? "corpus " + corpus + ": queries/" + file : "cypher/queries/" + file;
		return new SavedQuery(corpus, file, location, title, description.toString().strip(), text.strip());
	}

	/** An id for links within a page. */
	String anchor() {
		return "q-" + ((this.corpus != null) ? this.corpus + "-" : "") + this.file.replaceFirst("\\.cypher$", "");
	}

}
