package io.normgraph.corpus;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Loads the bundled WCO SECURE corpus (import/secure, carried in the jar) at the server's first
 * start on an empty database, so a new user sees data at once, through exactly the path any
 * corpus takes. It records that it did, so a database whose corpora were all removed stays
 * empty. {@code normgraph.corpus.load-bundled=false} turns it off; the corpus commands never load it.
 */
@Component
class BundledCorpusLoader implements ApplicationRunner {

	static final String BUNDLED = "corpus/secure";

	/** The database has never held anything, and the bundled corpus was never offered to it. */
	static final String FIRST_START = """
			RETURN NOT EXISTS { MATCH (:Entity) } AND NOT EXISTS { MATCH (:Corpus) }
			   AND NOT EXISTS { MATCH (:__Normgraph {bundledCorpusLoaded: true}) } AS first""";

	static final String LOADED = "MERGE (n:__Normgraph {id: 'state'}) SET n.bundledCorpusLoaded = true, n.bundledCorpusLoadedAt = datetime()";

	private static final Log logger = LogFactory.getLog(BundledCorpusLoader.class);

	private final CorpusImporter importer;

	private final Neo4jClient client;

	private final boolean enabled;

	BundledCorpusLoader(CorpusImporter importer, Neo4jClient client,
			@Value("${normgraph.corpus.load-bundled:true}") boolean enabled) {
		this.importer = importer;
		this.client = client;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled || !firstStart()) {
			return;
		}
		logger.info("First start on an empty database: loading the bundled WCO SECURE corpus"
				+ " (normgraph.corpus.load-bundled=false to start empty)");
		this.importer.importCorpus(CorpusFiles.fromClasspath(BUNDLED));
		this.client.query(LOADED).run();
	}

	private boolean firstStart() {
		return this.client.query(FIRST_START).fetchAs(Boolean.class).one().orElse(true);
	}

}
