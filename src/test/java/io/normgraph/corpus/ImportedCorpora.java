package io.normgraph.corpus;

/** For end-to-end tests that import corpora of their own: what they leave is removed, the bundled corpus kept. */
final class ImportedCorpora {

	/** The bundled corpus's id (import/secure/corpus.yml), which the shared test database always holds. */
	static final String BUNDLED = "secure";

	private ImportedCorpora() {
	}

	/** Removes every corpus in the graph but the bundled one, through the importer, as a user would. */
	static void removeAllButTheBundled(CorpusImporter importer, Corpora corpora) {
		for (Corpus corpus : corpora.all()) {
			if (!corpus.id().equals(BUNDLED)) {
				importer.remove(corpus.id(), false);
			}
		}
	}

}
