package io.normgraph.corpus;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Loads the bundled WCO SECURE corpus (import/secure, carried in the jar) the first time the
 * application starts on an empty database, so a new user sees data at once. A database that
 * already holds nodes is left alone.
 */
@Component
class BundledCorpusLoader implements ApplicationRunner {

	static final String BUNDLED = "corpus/secure";

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
		if (!this.enabled || !isEmpty()) {
			return;
		}
		logger.info("Empty database: loading the bundled WCO SECURE corpus");
		this.importer.importCorpus(CorpusFiles.fromClasspath(BUNDLED));
	}

	private boolean isEmpty() {
		return this.client.query("MATCH (n:Entity) RETURN count(n) = 0 AS empty")
			.fetchAs(Boolean.class)
			.one()
			.orElse(true);
	}

}
