package io.normgraph.corpus;

import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The one record, in the database, of an import that has begun and not ended: which corpus, and
 * whether it is still staging (everything it wrote is out of readers' sight: a crash means
 * removing it) or publishing (it passed its commit point: a crash means finishing it, from what
 * it staged). The commit point is the single transaction that writes the corpus's Corpus node
 * and turns {@code staging} into {@code publishing}.
 */
final class ImportJournal {

	enum Phase {

		STAGING, PUBLISHING

	}

	/** An import found in the journal: its corpus and phase, and whether it removes the corpus. */
	record Entry(String corpus, Phase phase, boolean remove) {
	}

	static final String BEGIN = """
			MERGE (j:__Normgraph {id: 'import'})
			SET j.corpus = $corpus, j.phase = 'STAGING', j.remove = $remove, j.startedAt = datetime()""";

	/** The commit point: the Corpus node as the new version has it, and the journal says publishing. */
	static final String COMMIT = """
			MATCH (j:__Normgraph {id: 'import', phase: 'STAGING'})
			MERGE (c:Corpus {id: $id}) ON CREATE SET c.firstImportedAt = datetime()
			SET c += $properties, c.importedAt = datetime(), j.phase = 'PUBLISHING'
			RETURN count(j) AS committed""";

	/** All of its properties, so that a database that never had an import gets no warning about unknown keys. */
	static final String READ = "MATCH (j:__Normgraph {id: 'import'}) RETURN properties(j) AS journal";

	static final String END = "MATCH (j:__Normgraph {id: 'import'}) DELETE j";

	private ImportJournal() {
	}

	static void begin(Neo4jClient client, String corpus, boolean remove) {
		client.query(BEGIN).bindAll(Map.of("corpus", corpus, "remove", remove)).run();
	}

	/** Passes the commit point; from here on, a crash is finished rather than undone. */
	static void commit(Neo4jClient client, String corpus, Map<String, Object> record) {
		long committed = client.query(COMMIT)
			.bindAll(Map.of("id", corpus, "properties", record))
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
		if (committed != 1) {
			throw new IllegalStateException("the journal of the import of corpus '" + corpus
					+ "' went missing before its commit point (is another application importing into this database?)");
		}
	}

	static Optional<Entry> read(Neo4jClient client) {
		return client.query(READ)
			.fetch()
			.one()
			.map((row) -> (Map<?, ?>) row.get("journal"))
			.map((journal) -> new Entry(String.valueOf(journal.get("corpus")),
					Phase.valueOf(String.valueOf(journal.get("phase"))), Boolean.TRUE.equals(journal.get("remove"))));
	}

	static void end(Neo4jClient client) {
		client.query(END).run();
	}

}
