package io.normgraph.corpus;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At start, before the server takes its first request, finishes or removes what an import that
 * was killed left behind: one that had passed its commit point is finished (its publishing is
 * run again from what it staged), any other's staged rows are removed. Either way one line says
 * which, and readers see the graph from before the import or from after it, never between.
 */
@Component
class UnfinishedImportCleaner implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(UnfinishedImportCleaner.class);

	private final CorpusImporter importer;

	UnfinishedImportCleaner(CorpusImporter importer) {
		this.importer = importer;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.importer.finishOrRemoveUnfinishedImport().ifPresent(logger::info);
	}

}
