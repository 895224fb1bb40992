package io.normgraph.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.normgraph.corpus.ImportReport.Changes;
import io.normgraph.corpus.ImportReport.ValueConflict;
import io.normgraph.schema.Schema;
import io.normgraph.schema.SchemaRegistry;
import io.normgraph.system.NotFoundException;

/**
 * Imports, re-imports and removes corpora, all or nothing: read and check everything first,
 * report every problem at once, plan what changes, and only then write ({@link CorpusWriter}),
 * so readers never see part of a corpus and a failure or a crash leaves the graph as it was.
 */
@Service
public class CorpusImporter {

	private static final Log logger = LogFactory.getLog(CorpusImporter.class);

	private final Neo4jClient client;

	private final TransactionTemplate transactions;

	private final SchemaRegistry schemas;

	private final ApplicationEventPublisher events;

	/** One write at a time: two concurrent imports could each validate against a graph the other changes. */
	private final ReentrantLock writing = new ReentrantLock();

	private final AtomicReference<ImportProgress> progress = new AtomicReference<>();

	CorpusImporter(Neo4jClient client, PlatformTransactionManager transactionManager, SchemaRegistry schemas,
			ApplicationEventPublisher events) {
		this.client = client;
		this.transactions = new TransactionTemplate(transactionManager);
		this.schemas = schemas;
		this.events = events;
	}

	/** Validates without writing. */
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
		return locked(options.dryRun(), () -> {
			logger.info("Reading the corpus in " + files.description() + (options.dryRun() ? " (dry run)" : ""));
			List<ImportProblem> problems = new ArrayList<>();
			CorpusManifest manifest = new ManifestReader(problems).read(files, options.id());
			if (manifest == null) {
				return failed(options.dryRun(), new ImportReport("", files.description(), options.dryRun(), false, Map.of(), Changes.NONE,
						Changes.NONE, List.of(), problems));
			}
			Schema.Extension schema = this.schemas.without(manifest.id()).extend(manifest.schema(), manifest.id());
			schema.problems().forEach((problem) -> problems.add(new ImportProblem(CorpusFiles.MANIFEST, problem.line(), null,
					problem.message())));
			CorpusRows rows = new CsvCorpusParser(schema.schema(), manifest.missingValues(), problems).parse(files);
			return plan(manifest.id(), files.description(), schema.schema(), rows, options, problems,
					(written) -> CorpusRecord.of(manifest, files, written), false);
		});
	}

	/**
	 * Removes a corpus: exactly what it alone asserted (nodes shared with other corpora keep
	 * theirs), all or nothing.
	 * @throws CorpusImportException when removing it would break another corpus; nothing changes then
	 */
	public ImportReport remove(String id, boolean dryRun) {
		return locked(dryRun, () -> {
			if (!Corpora.exists(this.client, id)) {
				throw new NotFoundException("id", "corpus", id);
			}
			List<ImportProblem> problems = new ArrayList<>();
			Schema remaining = this.schemas.without(id);
			Corpora.inUse(this.client, id, remaining).forEach((message) -> problems.add(new ImportProblem(CorpusFiles.MANIFEST, 0,
					null, message)));
			return plan(id, "removal of " + id, remaining, new CorpusRows(List.of(), List.of()),
					new ImportOptions(id, dryRun, ImportOptions.Conflicts.FAIL), problems, (written) -> Map.of(), true);
		});
	}

	private ImportReport plan(String id, String from, Schema schema, CorpusRows parsed, ImportOptions options,
			List<ImportProblem> problems, Function<CorpusRows, Map<String, Object>> corpus, boolean remove) {
		long start = System.nanoTime();
		boolean imported = Corpora.exists(this.client, id);
		CorpusRows rows = parsed;
		GraphState graph = GraphState.read(this.client, rows, References.ids(schema, rows), id, imported);
		new CorpusValidator(schema, graph, id, problems).validate(rows);
		ImportPlanner planner = new ImportPlanner(schema, id);
		ImportPlanner.Result result = planner.plan(rows, graph);
		List<ValueConflict> conflicts = result.conflicts();
		if (!conflicts.isEmpty() && options.conflicts() == ImportOptions.Conflicts.CLAIMS) {
			rows = ClaimRows.add(rows, conflicts, graph, schema, id);
			graph = GraphState.read(this.client, rows, References.ids(schema, rows), id, imported);
			result = planner.plan(rows, graph);
		}
		else {
			conflicts.forEach((conflict) -> problems.add(conflict.problem()));
		}
		ImportPlan plan = result.plan();
		Removals.check(this.client, plan, rows, id, problems);
		logger.info("Checked corpus " + id + " from " + from + " in " + (System.nanoTime() - start) / 1_000_000 + " ms: nodes "
				+ plan.nodes() + "; relationships " + plan.relationships() + "; " + problems.size() + " problem(s)");
		ImportReport report = new ImportReport(id, from, options.dryRun(), false, rowCounts(rows), plan.nodes(),
				plan.relationships(), conflicts, List.copyOf(problems));
		if (!problems.isEmpty()) {
			return failed(options.dryRun(), report);
		}
		if (options.dryRun()) {
			return report;
		}
		Map<String, Object> record = corpus.apply(rows);
		if (plan.size() == 0 && imported && !remove && Corpora.unchanged(this.client, id, record)) {
			logger.info("Corpus " + id + " is unchanged: nothing written");
			return report;
		}
		this.progress.set(new ImportProgress(id, 0, plan.size()));
		new CorpusWriter(this.client, this.transactions).write(plan, id, record, remove,
				(batch) -> this.progress.updateAndGet((before) -> before.advance(batch)));
		this.schemas.reload();
		this.events.publishEvent(new CorpusChanged(id, remove));
		logger.info((remove ? "Removed corpus " : "Imported corpus ") + id + ": nodes " + plan.nodes() + "; relationships "
				+ plan.relationships());
		return new ImportReport(id, from, false, true, report.rows(), plan.nodes(), plan.relationships(), conflicts, List.of());
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

	private ImportReport locked(boolean dryRun, Supplier<ImportReport> work) {
		if (dryRun) {
			return work.get();
		}
		if (!this.writing.tryLock()) {
			throw new ImportInProgressException(currentImport().orElse(null));
		}
		try {
			return work.get();
		}
		finally {
			this.progress.set(null);
			this.writing.unlock();
		}
	}

	/** A dry run reports its problems; an import or removal fails with them. */
	private static ImportReport failed(boolean dryRun, ImportReport report) {
		if (dryRun) {
			return report;
		}
		throw new CorpusImportException(report);
	}

	private static Map<String, Integer> rowCounts(CorpusRows rows) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		rows.nodes().forEach((row) -> counts.merge(row.origin().file(), 1, Integer::sum));
		rows.relationships().forEach((row) -> counts.merge(row.origin().file(), 1, Integer::sum));
		return counts;
	}

	/** A corpus was imported, re-imported or removed. */
	public record CorpusChanged(String corpus, boolean removed) {
	}

}
