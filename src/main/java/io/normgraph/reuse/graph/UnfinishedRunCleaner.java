package io.normgraph.reuse.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.normgraph.schema.SchemaRegistry;
import io.normgraph.system.ReadGate;

/**
 * At start, before the server takes its first request (and before every run), undoes or
 * finishes the write of a run that was killed, as the importer does with an import
 * ({@code UnfinishedImportCleaner}): one that had written all of its relationships (past its
 * commit point) is finished, its earlier findings replaced; any other's relationships are
 * deleted and the earlier findings stand. Either way one line says which, and readers see the
 * findings from before the run or all of the run's, never part.
 */
@Component
class UnfinishedRunCleaner implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(UnfinishedRunCleaner.class);

	private final Neo4jClient client;

	private final TransactionTemplate transactions;

	private final SchemaRegistry schemas;

	private final ReadGate gate;

	UnfinishedRunCleaner(Neo4jClient client, PlatformTransactionManager transactionManager, SchemaRegistry schemas,
			ReadGate gate) {
		this.client = client;
		this.transactions = new TransactionTemplate(transactionManager);
		this.schemas = schemas;
		this.gate = gate;
	}

	@Override
	public void afterSingletonsInstantiated() {
		finishOrUndo().ifPresent(logger::info);
	}

	/** @return one line saying what was done, or empty when no run was left unfinished */
	synchronized Optional<String> finishOrUndo() {
		Optional<ReuseJournal.Entry> found = ReuseJournal.read(this.client);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		ReuseJournal.Entry entry = found.get();
		ReuseSchema schema = ReuseSchema.of(this.schemas.current());
		Replacement replacement = new Replacement(this.client, this.transactions, schema);
		this.gate.closeFor("finishing reuse run " + entry.run());
		try {
			if (entry.phase() == ReuseJournal.Phase.WRITING) {
				long undone = replacement.undo(entry.run());
				ReuseJournal.end(this.client);
				return Optional.of("Removed what reuse run " + entry.run() + ", which did not end, had written (" + undone
						+ " relationships); the findings from before it stand");
			}
			List<String> provisions = new ArrayList<>();
			List<String> instruments = new ArrayList<>();
			ReuseJournal.scope(this.client, ReuseRecords.PROVISION, provisions::addAll);
			ReuseJournal.scope(this.client, ReuseRecords.INSTRUMENT, instruments::addAll);
			new ReuseWriter(this.client, this.transactions, schema, this.gate).finish(entry.run(), entry.replaceAll(),
					provisions, instruments, new PhaseTimes());
			// The candidates the killed process had collected went with it: every earlier run's Source is one.
			replacement.dropUnusedSources(entry.run(), replacement.runSources());
			return Optional.of("Finished replacing the earlier findings with those of reuse run " + entry.run()
					+ ", which did not end after writing all of them");
		}
		finally {
			this.gate.open();
		}
	}

}
