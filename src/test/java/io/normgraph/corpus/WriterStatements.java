package io.normgraph.corpus;

/**
 * The importer's statements as Cypher, for the scale benchmark to check their plans.
 */
public final class WriterStatements {

	private WriterStatements() {
	}

	public static String mergeNodes(String label) {
		return CorpusStatements.mergeNodes(label).getCypher();
	}

	public static String mergeRelationships(String type) {
		return CorpusStatements.mergeRelationships(type).getCypher();
	}

	public static String stageRelationships(String type) {
		return CorpusStatements.stageRelationships(type).getCypher();
	}

	public static String publishNodes(String label) {
		return CorpusStatements.publishNodes(label).getCypher();
	}

}
