package io.normgraph.corpus;

/** The importer's limits, for tests and benchmarks outside this package that write corpora. */
public final class CorpusLimits {

	/** The longest cell the importer accepts, in characters. */
	public static final int MAX_CELL_LENGTH = CsvCorpusParser.MAX_CELL_LENGTH;

	private CorpusLimits() {
	}

}
