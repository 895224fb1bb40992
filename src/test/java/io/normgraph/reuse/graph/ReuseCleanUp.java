package io.normgraph.reuse.graph;

import org.springframework.data.neo4j.core.Neo4jClient;

import io.normgraph.corpus.CorpusImporter;

/**
 * What a reuse test leaves in a database other test classes share, removed after each test: its
 * corpora, every finding and every run's Source node, so the next test's runs start from none.
 */
final class ReuseCleanUp {

	private static final String CORPUS_EXISTS = "MATCH (c:Corpus {id: $id}) RETURN count(c) > 0";

	private ReuseCleanUp() {
	}

	/** Removes those of {@code corpora} that were imported, then every finding and run. */
	static void after(CorpusImporter importer, Neo4jClient client, String... corpora) {
		for (String corpus : corpora) {
			if (client.query(CORPUS_EXISTS).bind(corpus).to("id").fetchAs(Boolean.class).one().orElse(false)) {
				importer.remove(corpus, false);
			}
		}
		findings(client);
	}

	/** Removes every finding (both levels) and every run's Source node. */
	static void findings(Neo4jClient client) {
		client.query("MATCH ()-[r:REUSES]->() DELETE r").run();
		client.query("MATCH (s:Source) WHERE s.reuseRun DETACH DELETE s").run();
	}

}
