package io.normgraph.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.normgraph.schema.Schema;
import io.normgraph.schema.SchemaRegistry;
import io.normgraph.system.InvalidSettingException;
import io.normgraph.system.NotFoundException;
import io.normgraph.system.ReadGate;

/**
 * Imports, re-imports and removes corpora, all or nothing as readers see it, in memory that does
 * not grow with the corpus. Rows are read, checked and staged out of readers' sight a batch at a
 * time ({@link CorpusStager}); every problem is reported at once, and then either everything
 * staged is removed (problems, dry runs) or the import passes its commit point
 * ({@link ImportJournal}) and is published in bounded steps ({@link CorpusPublisher}) while
 * readers wait at the {@link ReadGate}. A crash before the commit point leaves staged rows the
 * next start removes; after it, publishing the next start finishes.
 */
@Service
public class CorpusImporter {

	private static final Log logger = LogFactory.getLog(CorpusImporter.class);

	private final Neo4jClient client;

	private final Driver driver;

	private final TransactionTemplate transactions;

	private final SchemaRegistry schemas;

	private final ApplicationEventPublisher events;

	private final ReadGate gate;

	/** The setting of staged rows per publishing transaction. */
	static final String PUBLISH_CHUNK = "normgraph.import.publish-chunk";

	/** Staged rows per publishing transaction: what one holds in memory (about 3.4 KB per new node). */
	private final int publishChunk;

	/** One import at a time: two could each check against a graph the other changes, and they share the staging area. */
	private final ReentrantLock writing = new ReentrantLock();

	private final AtomicReference<ImportProgress.Tracker> progress = new AtomicReference<>();

	CorpusImporter(Neo4jClient client, Driver driver, PlatformTransactionManager transactionManager, SchemaRegistry schemas,
			ApplicationEventPublisher events, ReadGate gate,
			@Value("${" + PUBLISH_CHUNK + ":" + CorpusPublisher.CHUNK + "}") int publishChunk) {
		this.client = client;
		this.publishChunk = InvalidSettingException.atLeast(PUBLISH_CHUNK, publishChunk, 1);
		this.driver = driver;
		this.transactions = new TransactionTemplate(transactionManager);
		this.schemas = schemas;
		this.events = events;
		this.gate = gate;
	}

	/** Validates without changing the graph. */
	public ImportReport dryRun(CorpusFiles corpus) {
		return importCorpus(corpus, ImportOptions.DRY_RUN);
	}

	/** Imports with the default options (conflicts fail). */
	public ImportReport importCorpus(CorpusFiles corpus) {
		return importCorpus(corpus, ImportOptions.DEFAULT);
	}

	/**
	 * Validates and, unless a dry run, writes: a new corpus, or a new version of one already in
	 * the graph (what its files no longer hold is removed).
	 * @throws CorpusImportException when the corpus has problems; nothing is written then
	 */
	public ImportReport importCorpus(CorpusFiles files, ImportOptions options) {
		return locked(() -> {
			logger.info("Reading the corpus in " + files.description() + (options.dryRun() ? " (dry run)" : ""));
			List<ImportProblem> manifestProblems = new ArrayList<>();
			CorpusManifest manifest = new ManifestReader(manifestProblems).read(files, options.id());
			if (manifest == null) {
				return failed(options.dryRun(), new ImportReport("", files.description(), options.dryRun(), false, Map.of(),
						ImportReport.Changes.NONE, ImportReport.Changes.NONE, List.of(), manifestProblems));
			}
			Schema.Extension schema = this.schemas.without(manifest.id()).extend(manifest.schema(), manifest.id());
			schema.problems().forEach((problem) -> manifestProblems.add(new ImportProblem(CorpusFiles.MANIFEST, problem.line(),
					null, problem.message())));
			StagingRun run = run(manifest.id(), schema.schema(), options);
			manifestProblems.forEach(run.problems::add);
			CsvCorpusParser parser = new CsvCorpusParser(schema.schema(), manifest.missingValues(), run.problems);
			long bytes = files.tables().stream().mapToLong((file) -> Math.max(0, file.size())).sum();
			run.progress.phase(ImportProgress.VALIDATE, 0,
					(bytes > 0) ? () -> (double) parser.bytesRead() / bytes : null);
			return stageAndPublish(run, files.description(), false, (stager) -> parser.parse(files, stager),
					(counts) -> CorpusRecord.of(manifest, files, counts));
		});
	}

	/**
	 * Removes a corpus: exactly what it alone asserted (nodes shared with other corpora keep
	 * theirs), all or nothing.
	 * @throws CorpusImportException when removing it would break another corpus; nothing changes then
	 */
	public ImportReport remove(String id, boolean dryRun) {
		return locked(() -> {
			if (!Corpora.exists(this.client, id)) {
				throw new NotFoundException("id", "corpus", id);
			}
			Schema remaining = this.schemas.without(id);
			StagingRun run = run(id, remaining, new ImportOptions(id, dryRun, ImportOptions.Conflicts.FAIL));
			Corpora.inUse(this.client, id, remaining)
				.forEach((message) -> run.problems.add(new ImportProblem(CorpusFiles.MANIFEST, 0, null, message)));
			return stageAndPublish(run, "removal of " + id, true, (stager) -> {
			}, (counts) -> Map.of());
		});
	}

	private StagingRun run(String id, Schema schema, ImportOptions options) {
		ImportProgress.Tracker tracker = new ImportProgress.Tracker(id);
		this.progress.set(tracker);
		return new StagingRun(this.client, schema, id, options, Corpora.exists(this.client, id), tracker);
	}

	private ImportReport stageAndPublish(StagingRun run, String from, boolean remove,
			java.util.function.Consumer<CorpusStager> read, Function<Map<String, Map<String, Integer>>, Map<String, Object>> corpus) {
		long start = System.nanoTime();
		Publication publication = publication();
		ImportJournal.begin(this.client, run.corpus, remove);
		try (CorpusStager stager = new CorpusStager(run, this.driver)) {
			read.accept(stager);
			stager.finish();
		}
		catch (RuntimeException | Error ex) {
			throw discard(publication, ex);
		}
		logger.info("Checked corpus " + run.corpus + " from " + from + " in " + (System.nanoTime() - start) / 1_000_000
				+ " ms: nodes " + run.nodeChanges() + "; relationships " + run.relationshipChanges() + "; "
				+ run.problems.count() + " problem(s)");
		ImportReport report = new ImportReport(run.corpus, from, run.options.dryRun(), false, Map.copyOf(run.rows),
				run.nodeChanges(), run.relationshipChanges(), List.copyOf(run.conflicts), run.problems.listed());
		Map<String, Object> record = corpus.apply(run.counts());
		boolean unchanged = !remove && !run.changesAnything() && run.imported && Corpora.unchanged(this.client, run.corpus, record);
		if (!run.problems.isEmpty() || run.options.dryRun() || unchanged) {
			publication.discard();
			if (unchanged && run.problems.isEmpty() && !run.options.dryRun()) {
				logger.info("Corpus " + run.corpus + " is unchanged: nothing written");
			}
			return run.problems.isEmpty() ? report : failed(run.options.dryRun(), report);
		}
		run.progress.phase(ImportProgress.PUBLISH,
				this.client.query(StagingStatements.TO_PUBLISH).fetchAs(Long.class).one().orElse(0L), null);
		publication.publish(run.corpus, remove, record, run.progress::advance);
		this.schemas.reload();
		this.events.publishEvent(new CorpusChanged(run.corpus, remove, List.copyOf(run.provisions),
				run.provisions.size() == run.provisionCount));
		logger.info((remove ? "Removed corpus " : "Imported corpus ") + run.corpus + " in "
				+ (System.nanoTime() - start) / 1_000_000 + " ms: nodes " + run.nodeChanges() + "; relationships "
				+ run.relationshipChanges());
		return new ImportReport(run.corpus, from, false, true, report.rows(), report.nodes(), report.relationships(),
				report.conflicts(), List.of());
	}

	/** What a failed import staged is removed, and the failure says, in one line, what ran out if memory did. */
	private RuntimeException discard(Publication publication, Throwable failure) {
		try {
			publication.discard();
		}
		catch (RuntimeException | Error cleanUp) {
			failure.addSuppressed(cleanUp);
		}
		if (failure instanceof OutOfMemoryError error) {
			return new ImportOutOfMemoryException(error);
		}
		return (failure instanceof RuntimeException runtime) ? runtime : new IllegalStateException(failure);
	}

	/**
	 * Finishes or removes what an import that did not end (the process was killed) left: it is
	 * finished when it had passed its commit point, removed otherwise.
	 * @return one line saying which, or empty when nothing was left
	 */
	public Optional<String> finishOrRemoveUnfinishedImport() {
		if (!this.writing.tryLock()) {
			return Optional.empty(); // a running import deals with leftovers itself before it stages
		}
		try {
			return recover();
		}
		finally {
			this.writing.unlock();
		}
	}

	private Optional<String> recover() {
		Optional<Publication.Recovered> recovered = publication().recover();
		recovered.flatMap(Publication.Recovered::finished).ifPresent((entry) -> {
			this.schemas.reload();
			this.events.publishEvent(new CorpusChanged(entry.corpus(), entry.remove()));
		});
		return recovered.map(Publication.Recovered::line);
	}

	private Publication publication() {
		return new Publication(this.client, this.transactions, this.gate, this.events, this.publishChunk);
	}

	/** The import running right now, if any. */
	public Optional<ImportProgress> currentImport() {
		return Optional.ofNullable(this.progress.get()).map(ImportProgress.Tracker::snapshot);
	}

	private ImportReport locked(Supplier<ImportReport> work) {
		if (!this.writing.tryLock()) {
			throw new ImportInProgressException(currentImport().orElse(null));
		}
		try {
			finishOrRemoveLeftovers();
			return work.get();
		}
		finally {
			this.progress.set(null);
			this.writing.unlock();
		}
	}

	private void finishOrRemoveLeftovers() {
		recover().ifPresent(logger::info);
	}

	/** A dry run reports its problems; an import or removal fails with them. */
	private static ImportReport failed(boolean dryRun, ImportReport report) {
		if (dryRun) {
			return report;
		}
		throw new CorpusImportException(report);
	}

	/**
	 * A corpus was imported, re-imported or removed.
	 *
	 * @param corpus the corpus
	 * @param removed whether it was removed
	 * @param provisions the ids of the nodes with role provision that it created or changed, at
	 * most {@link StagingRun#LISTED_PROVISIONS}
	 * @param allProvisionsListed whether that is all of them (false: more changed, look at the whole corpus)
	 */
	public record CorpusChanged(String corpus, boolean removed, List<String> provisions,
			boolean allProvisionsListed) {

		public CorpusChanged(String corpus, boolean removed) {
			this(corpus, removed, List.of(), false);
		}

	}

	/**
	 * Nodes an import or removal is about to delete, published inside the transaction that
	 * deletes them (a listener's writes commit with the deletion, or not at all).
	 *
	 * @param ids the nodes' ids
	 */
	public record NodesRemoving(List<String> ids) {
	}

}
