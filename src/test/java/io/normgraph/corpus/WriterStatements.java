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

	public static String stageRelationships() {
		return StagingStatements.STAGE_RELATIONSHIPS;
	}

	public static String stageNodes() {
		return StagingStatements.STAGE_NODES;
	}

	public static String publishNodes() {
		return StagingStatements.PUBLISH_NODES;
	}

}
