package io.normgraph.explorer;

import java.util.List;

/**
 * One example query of {@code cypher/queries}: its file name, a title, the explanation from
 * its leading {@code //} comments, and the Cypher itself (comments included, so it pastes
 * into Neo4j Browser as it is in the file).
 */
record SavedQuery(String file, String title, String description, String cypher) {

	static SavedQuery parse(String file, String text) {
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
		return new SavedQuery(file, title, description.toString().strip(), text.strip());
	}

}
