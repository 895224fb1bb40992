package io.normgraph.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.normgraph.corpus.CorpusRows.NodeRow;
import io.normgraph.corpus.CorpusRows.RelationshipRow;

/**
 * Imports a corpus all or nothing: parse and validate everything first, report every problem
 * at once, and only then write, staged and then published in one transaction
 * ({@link CorpusWriter}), so readers never see part of a corpus and a failure or a crash
 * half-way leaves the graph exactly as it was.
 */
@Service
public class CorpusImporter {

	private static final Log logger = LogFactory.getLog(CorpusImporter.class);

	private final Neo4jClient client;

	private final TransactionTemplate transactions;

	/** One import at a time: two concurrent imports could each validate against a graph the other changes. */
	private final ReentrantLock writing = new ReentrantLock();

	private final AtomicReference<ImportProgress> progress = new AtomicReference<>();

	CorpusImporter(Neo4jClient client, PlatformTransactionManager transactionManager) {
		this.client = client;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** Validates without writing. */
	public ImportReport dryRun(CorpusFiles corpus) {
		return run(corpus, true);
	}

	/**
	 * Validates, then writes.
	 * @throws CorpusImportException when the corpus has problems; nothing is written then
	 */
	public ImportReport importCorpus(CorpusFiles corpus) {
		if (!this.writing.tryLock()) {
			throw new ImportInProgressException(currentImport().orElse(null));
		}
		try {
			ImportReport report = run(corpus, false);
			if (!report.valid()) {
				throw new CorpusImportException(report);
			}
			return report;
		}
		finally {
			this.progress.set(null);
			this.writing.unlock();
		}
	}

	/**
	 * Removes what an import that did not finish (the process was killed) had staged.
	 * @return the number of staged nodes removed
	 */
	public long removeUnfinishedImport() {
		if (!this.writing.tryLock()) {
			return 0; // a running import removes leftovers itself before it stages
		}
		try {
			return new CorpusWriter(this.client, this.transactions).removeStaged();
		}
		finally {
			this.writing.unlock();
		}
	}

	/** The import being written right now, if any. */
	public Optional<ImportProgress> currentImport() {
		return Optional.ofNullable(this.progress.get());
	}

	private ImportReport run(CorpusFiles corpus, boolean dryRun) {
		List<ImportProblem> problems = new ArrayList<>();
		long start = System.nanoTime();
		CorpusRows rows = new CsvCorpusParser(problems).parse(corpus);
		long parsed = System.nanoTime();
		CorpusWriter writer = new CorpusWriter(this.client, this.transactions);
		Map<String, String> inGraph = Map.of();
		if (problems.isEmpty()) {
			inGraph = writer.labelsInGraph(CorpusValidator.referencedIds(rows));
			new CorpusValidator(inGraph, problems).validate(rows);
		}
		logger.info("Read " + corpus.description() + ": parsed in " + millis(start, parsed) + " ms, validated in "
				+ millis(parsed, System.nanoTime()) + " ms");
		Map<String, Integer> counts = rowCounts(rows);
		if (dryRun || !problems.isEmpty()) {
			return new ImportReport(corpus.description(), dryRun, false, counts, 0, 0, List.copyOf(problems));
		}
		logger.info("Importing " + corpus.description() + ": " + rows.nodes().size() + " nodes, "
				+ rows.relationships().size() + " relationships");
		long writing = System.nanoTime();
		int total = rows.nodes().size() + rows.relationships().size();
		this.progress.set(new ImportProgress(corpus.description(), 0, total));
		CorpusWriter.WriteCounts written = writer.write(rows, inGraph.keySet(), (batch) -> {
			ImportProgress now = this.progress.updateAndGet((before) -> before.advance(batch));
			logger.info("Importing " + corpus.description() + ": " + now.rowsWritten() + " of " + total + " rows written");
		});
		logger.info("Imported " + corpus.description() + ": " + written.nodesCreated + " nodes and "
				+ written.relationshipsCreated + " relationships new, written and committed in "
				+ millis(writing, System.nanoTime()) + " ms");
		return new ImportReport(corpus.description(), false, true, counts, written.nodesCreated,
				written.relationshipsCreated, List.of());
	}

	private static long millis(long from, long to) {
		return (to - from) / 1_000_000;
	}

	private static Map<String, Integer> rowCounts(CorpusRows rows) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (NodeRow row : rows.nodes()) {
			counts.merge(row.origin().file(), 1, Integer::sum);
		}
		for (RelationshipRow row : rows.relationships()) {
			counts.merge(row.origin().file(), 1, Integer::sum);
		}
		return counts;
	}

}
