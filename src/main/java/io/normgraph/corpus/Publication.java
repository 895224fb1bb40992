package io.normgraph.corpus;

import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.normgraph.system.ReadGate;

/**
 * Publishing as readers see it: the gate closed (after the requests already reading have left),
 * the commit point passed, what was staged published ({@link CorpusPublisher}), the gate opened.
 * And, for an import that did not end, the same from its journal: finished when it had passed
 * its commit point, removed otherwise.
 */
final class Publication {

	private static final Log logger = LogFactory.getLog(Publication.class);

	private final Neo4jClient client;

	private final CorpusPublisher publisher;

	private final ReadGate gate;

	/** What a start did with an import that did not end: one line, and which corpus changed if it finished one. */
	record Recovered(String line, Optional<ImportJournal.Entry> finished) {
	}

	Publication(Neo4jClient client, TransactionTemplate transactions, ReadGate gate, ApplicationEventPublisher events,
			int chunk) {
		this.client = client;
		this.publisher = new CorpusPublisher(client, transactions, events, chunk);
		this.gate = gate;
	}

	/** Passes the commit point and publishes, with readers held at the gate; a failed step is tried once more. */
	void publish(String corpus, boolean remove, Map<String, Object> record, LongConsumer progress) {
		closeGate(corpus);
		try {
			ImportJournal.commit(this.client, corpus, record);
			try {
				this.publisher.publish(corpus, remove, progress);
			}
			catch (RuntimeException ex) {
				logger.warn("Publishing corpus " + corpus + " failed (" + ex.getMessage() + "); finishing it again");
				this.publisher.publish(corpus, remove, progress);
			}
		}
		finally {
			this.gate.open();
		}
	}

	/** Removes what is staged and the journal: the graph is as it was. */
	long discard() {
		long removed = this.publisher.removeStaged();
		ImportJournal.end(this.client);
		return removed;
	}

	/** Finishes or removes what an import that did not end left, if anything. */
	Optional<Recovered> recover() {
		if (!this.client.query(StagingStatements.LEFTOVERS).fetchAs(Boolean.class).one().orElse(false)) {
			return Optional.empty();
		}
		Optional<ImportJournal.Entry> entry = ImportJournal.read(this.client);
		if (entry.isPresent() && entry.get().phase() == ImportJournal.Phase.PUBLISHING) {
			closeGate(entry.get().corpus());
			try {
				long rows = this.publisher.publish(entry.get().corpus(), entry.get().remove(), (steps) -> {
				});
				return Optional.of(new Recovered("Finished publishing corpus " + entry.get().corpus()
						+ ", which an import that did not end had committed (" + rows + " staged rows)", entry));
			}
			finally {
				this.gate.open();
			}
		}
		long removed = discard();
		if (entry.isEmpty() && removed == 0) {
			return Optional.empty();
		}
		return Optional.of(new Recovered("Removed what an import " + entry.map((e) -> "of corpus " + e.corpus() + " ").orElse("")
				+ "that did not end had staged (" + removed + " staged rows); the graph is as it was before it",
				Optional.empty()));
	}

	private void closeGate(String corpus) {
		this.gate.closeFor("publishing corpus " + corpus);
	}

}
