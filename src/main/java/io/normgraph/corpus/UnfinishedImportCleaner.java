package io.normgraph.corpus;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start, removes the staged nodes of an import that was killed before it published them.
 * They are invisible to readers either way; this gives their space back, and runs before the
 * bundled corpus is loaded.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnfinishedImportCleaner implements ApplicationRunner {

	private final CorpusImporter importer;

	UnfinishedImportCleaner(CorpusImporter importer) {
		this.importer = importer;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.importer.removeUnfinishedImport();
	}

}
