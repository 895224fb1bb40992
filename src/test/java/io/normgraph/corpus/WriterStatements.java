package io.normgraph.corpus;

/**
 * The importer's statements as Cypher, for the scale benchmark to check their plans.
 */
public final class WriterStatements {

	private WriterStatements() {
	}

	public static String updateNodes() {
		return CorpusStatements.UPDATE_NODES;
	}

	public static String createRelationships(String type) {
		return CorpusStatements.createRelationships(type).getCypher();
	}

	public static String stageRelationships(String type) {
		return CorpusStatements.stageRelationships(type).getCypher();
	}

	public static String publishNodes(String label) {
		return CorpusStatements.publishNodes(label).getCypher();
	}

}
