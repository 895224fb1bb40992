package io.normgraph.reuse.graph;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.springframework.context.ApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

import io.normgraph.corpus.CorpusImporter;
import io.normgraph.corpus.CorpusLimits;
import io.normgraph.reuse.ProvisionText;
import io.normgraph.reuse.ReuseDetector;
import io.normgraph.reuse.ReuseIndex;
import io.normgraph.reuse.ReuseRun;
import io.normgraph.reuse.ReuseSettings;
import io.normgraph.reuse.TextLookup;
import io.normgraph.reuse.graph.ReadStatements.Scope;
import io.normgraph.schema.SchemaRegistry;
import io.normgraph.synthetic.LiveHeap;
import io.normgraph.synthetic.PlantedReuseCorpus;

/**
 * Text reuse end to end through the graph, the code path of {@code ReuseGraphBenchmark} and its
 * smoke test: a planted-reuse corpus written as import files and imported with normgraph's
 * importer; the graph's provisions read alone (the read's own cost); a full run through
 * {@link ReuseService} (read, candidates, alignment, write), timed per phase; the stored findings
 * read back and checked against the ground truth and against the engine alone on the same texts
 * in memory (the baseline, same order); then the newest 1% imported as a further corpus with
 * detection after the import, and runs for that corpus ({@code reuse --corpus=ID}) with the kept
 * index and without it, checked the same way. Fails loudly when a run
 * stored nothing, the wrong thing, or other than the engine found.
 */
final class ReuseThroughGraph {

	/** A run's stored findings must be at least this right and complete (the engine's 20% mutation is 0.999 / 0.989). */
	static final double MIN_PRECISION = 0.95;

	static final double MIN_RECALL = 0.9;

	/** Pairs stored but not found by the engine alone on the same texts, or the reverse, at most this share. */
	static final double MAX_DIFFERENCE = 0.01;

	/** Provisions the engine runs on once, unmeasured, before it is measured. */
	private static final int WARM_UP = 20_000;

	private final ReuseService service;

	private final CorpusImporter importer;

	private final Neo4jClient client;

	private final SchemaRegistry schemas;

	private final Driver driver;

	private final Path root;

	private final KeptIndex kept;

	private final ReuseAfterImport afterImport;

	private boolean fromFile = true;

	private boolean rebuilt = true;

	/** Over the application's beans, its corpora's import files written under {@code root}. */
	ReuseThroughGraph(ApplicationContext context, Path root) {
		this.service = context.getBean(ReuseService.class);
		this.importer = context.getBean(CorpusImporter.class);
		this.client = context.getBean(Neo4jClient.class);
		this.schemas = context.getBean(SchemaRegistry.class);
		this.driver = context.getBean(Driver.class);
		this.kept = context.getBean(KeptIndex.class);
		this.afterImport = context.getBean(ReuseAfterImport.class);
		this.root = root;
	}

	/** Which of the runs for the new 1% besides those with the index in memory are measured. */
	ReuseThroughGraph paths(boolean fromFile, boolean rebuilt) {
		this.fromFile = fromFile;
		this.rebuilt = rebuilt;
		return this;
	}

	static String baseId(int provisions) {
		return "planted-" + provisions;
	}

	static String addedId(int provisions) {
		return baseId(provisions) + "-new";
	}

	/** Measures one size and returns what it measured; throws AssertionError when the stored findings are wrong. */
	ReuseGraphFigures measure(int provisions, double mutation, long seed) {
		return measure(provisions, mutation, seed, true);
	}

	/**
	 * The same; without the engine's baseline ({@code engineBaseline} false) the stored findings are
	 * checked against the ground truth only: at 1M the engine alone on the same texts, twice
	 * over, costs as much as the run itself.
	 */
	ReuseGraphFigures measure(int provisions, double mutation, long seed, boolean engineBaseline) {
		ReuseGraphFigures m = new ReuseGraphFigures();
		m.requested = provisions;
		m.loadBefore = ReuseGraphFigures.loadAverage();
		int extra = Math.max(1, provisions / 100);
		PlantedReuseCorpus truth = new PlantedReuseCorpus(provisions + extra + 200, mutation, seed);
		// The importer takes cells of at most 100,000 characters: the few longer texts are cut at a
		// word there, on both sides of the comparison (about one in 100,000 provisions).
		List<PlantedReuseCorpus.Provision> all = truth.provisions().stream().map(ReuseThroughGraph::importable).toList();
		int cut = PlantedCorpusFiles.instrumentBoundary(all, provisions);
		int end = PlantedCorpusFiles.instrumentBoundary(all, cut + extra);
		List<PlantedReuseCorpus.Provision> base = all.subList(0, cut);
		List<PlantedReuseCorpus.Provision> added = all.subList(cut, end);
		Set<String> planted = new HashSet<>();
		base.forEach((p) -> planted.add(p.id()));
		m.provisions = base.size();
		m.added = added.size();
		m.words = ReuseGraphFigures.words(base);

		long start = System.nanoTime();
		long cpu = PhaseClock.cpu();
		this.importer.importCorpus(PlantedCorpusFiles.write(this.root, baseId(provisions), base));
		m.importWall = (System.nanoTime() - start) / 1e9;
		m.importCpu = (PhaseClock.cpu() - cpu) / 1e9;

		if (engineBaseline) {
			engineAlone(m, base, added);
		}
		readAlone(m);

		PhaseClock full = new PhaseClock(this.driver);
		m.heapBeforeRun = PhaseClock.usedAfterGc();
		LiveHeap live = new LiveHeap();
		ReuseSummary summary = this.service.run(null, full);
		m.liveHeapDuringRun = live.stop();
		m.full = full;
		m.fullSummary = summary;
		m.commandOutput = commandOutput(summary);
		StoredFindings stored = new StoredFindings(this.client);
		m.storedFindings = stored.findings.size();
		m.storedRollups = stored.instrumentLevel;
		m.precision = stored.precision(truth, planted);
		m.recall = stored.recall(truth, planted, planted);
		m.vsEngine = (m.engine != null) ? StoredFindings.difference(stored.pairs(planted), m.enginePairs) : null;
		check(stored.findings.stream().allMatch((f) -> f.run().equals(summary.id())),
				"every stored finding names the full run " + summary.id());
		check(stored.findings.size() == summary.provisionRelationships() && summary.provisionRelationships() > 0,
				"the full run stored " + stored.findings.size() + " provision-level findings, it reported "
						+ summary.provisionRelationships());
		check(stored.instrumentLevel == summary.instrumentRelationships() && stored.instrumentLevel > 0,
				"the full run stored " + stored.instrumentLevel + " roll-ups, it reported " + summary.instrumentRelationships());
		checkQuality("full run", m.precision, m.recall, m.vsEngine, m.enginePairs.size());

		incremental(m, truth, planted, added, stored.findings.size());
		m.loadAfter = ReuseGraphFigures.loadAverage();
		return m;
	}

	/**
	 * The newest 1% as a user adds it: imported with detection after the import on (the default),
	 * which compares it with the index the full run kept in memory; then {@code reuse --corpus}
	 * with that index in memory (a server), taken up from its file (the {@code reuse} command, a
	 * new process) and, unless left out, rebuilt from the graph (no index kept). Each run's
	 * findings about the new provisions are read back and compared with the first's and the
	 * engine's.
	 */
	private void incremental(ReuseGraphFigures m, PlantedReuseCorpus truth, Set<String> planted,
			List<PlantedReuseCorpus.Provision> added, int storedBefore) {
		String corpus = addedId(m.requested);
		Set<String> addedIds = new HashSet<>();
		added.forEach((p) -> addedIds.add(p.id()));
		planted.addAll(addedIds);
		long start = System.nanoTime();
		long cpu = PhaseClock.cpu();
		this.afterImport.enabled(true);
		try {
			this.importer.importCorpus(PlantedCorpusFiles.write(this.root, corpus, added));
		}
		finally {
			this.afterImport.enabled(false);
		}
		m.addedImportWall = (System.nanoTime() - start) / 1e9;
		m.addedImportCpu = (PhaseClock.cpu() - cpu) / 1e9;
		ReuseSummary afterImport = this.service.latest().map(ReuseProgress::summary).orElse(null);
		check(afterImport != null && corpus.equals(afterImport.corpus()), "the import of " + corpus
				+ " ran detection after it: " + this.service.latest());
		record(m, new IncrementalFigures("after the import, index in memory (server)", afterImport, Double.NaN), truth,
				planted, addedIds, storedBefore, true);
		corpusRun(m, corpus, "`reuse --corpus`, index in memory (server)", true, truth, planted, addedIds, storedBefore);
		if (this.fromFile) {
			this.kept.destroy();
			corpusRun(m, corpus, "`reuse --corpus`, index from its file (`reuse` command)", true, truth, planted, addedIds,
					storedBefore);
		}
		if (this.rebuilt) {
			this.kept.invalidate();
			corpusRun(m, corpus, "`reuse --corpus`, no index kept: rebuilt", false, truth, planted, addedIds,
					storedBefore);
		}
	}

	private void corpusRun(ReuseGraphFigures m, String corpus, String path, boolean kept, PlantedReuseCorpus truth,
			Set<String> planted, Set<String> addedIds, int storedBefore) {
		PhaseClock clock = new PhaseClock(this.driver, false);
		ReuseSummary summary = this.service.run(corpus, clock);
		record(m, new IncrementalFigures(path, summary, clock.totalCpu()), truth, planted, addedIds, storedBefore, kept);
	}

	private void record(ReuseGraphFigures m, IncrementalFigures run, PlantedReuseCorpus truth, Set<String> planted,
			Set<String> addedIds, int storedBefore, boolean kept) {
		check(run.tookKeptIndex() == kept, run.path + ": took the kept index " + run.tookKeptIndex() + ", expected "
				+ kept + " (" + run.summary.stepMillis() + ")");
		StoredFindings stored = new StoredFindings(this.client);
		Set<String> newPairs = new HashSet<>();
		for (StoredFindings.Stored f : stored.findings) {
			if (addedIds.contains(f.later()) || addedIds.contains(f.earlier())) {
				check(f.run().equals(run.summary.id()), "a finding about the new corpus names its run: " + f);
				newPairs.add(StoredFindings.pair(f.later(), f.earlier()));
			}
		}
		check(newPairs.size() == run.summary.provisionRelationships(), run.path + " stored " + newPairs.size()
				+ " findings about the new provisions, it reported " + run.summary.provisionRelationships());
		check(stored.findings.size() == storedBefore + newPairs.size(), run.path + " left the other findings alone: "
				+ stored.findings.size() + " stored, " + storedBefore + " before plus " + newPairs.size());
		run.precision = stored.precision(truth, planted);
		run.recall = stored.recall(truth, planted, addedIds);
		run.vsEngine = (m.engine != null) ? StoredFindings.difference(newPairs, m.engineIncrementalPairs) : null;
		if (m.incrementalRuns.isEmpty()) {
			m.firstIncrementalPairs.addAll(newPairs);
		}
		run.vsFirst = StoredFindings.difference(newPairs, m.firstIncrementalPairs);
		m.incrementalRuns.add(run);
		checkQuality(run.path, run.precision, Double.isNaN(run.recall) ? 1 : run.recall, run.vsEngine,
				m.engineIncrementalPairs.size());
	}

	/** The engine alone on the same texts in memory, in the graph's order: a full run, then the 1% as a corpus run does it. */
	private void engineAlone(ReuseGraphFigures m, List<PlantedReuseCorpus.Provision> base,
			List<PlantedReuseCorpus.Provision> added) {
		ReuseSettings settings = ReuseSettings.defaults();
		List<ProvisionText> texts = sorted(base);
		Map<String, String> byId = new HashMap<>();
		base.forEach((p) -> byId.put(p.id(), p.text()));
		added.forEach((p) -> byId.put(p.id(), p.text()));
		// Once unmeasured, so that neither side is measured with the JIT cold; a prefix does that
		// (at 1M the whole corpus again cost minutes).
		new ReuseDetector(settings).run(new ReuseIndex(settings), texts.subList(0, Math.min(texts.size(), WARM_UP)),
				TextLookup.of(byId), (f) -> {
				});
		long cpu = PhaseClock.cpu();
		ReuseRun run = new ReuseDetector(settings).run(new ReuseIndex(settings), texts, TextLookup.of(byId),
				(f) -> m.enginePairs.add(StoredFindings.pair(f.later(), f.earlier())));
		m.engineCpu = (PhaseClock.cpu() - cpu) / 1e9;
		m.engine = run;
		ReuseIndex index = new ReuseIndex(settings);
		cpu = PhaseClock.cpu();
		ReuseRun indexed = new ReuseDetector(settings).index(index, texts);
		ReuseRun incremental = new ReuseDetector(settings).run(index, sorted(added), TextLookup.of(byId),
				(f) -> m.engineIncrementalPairs.add(StoredFindings.pair(f.later(), f.earlier())));
		m.engineIncrementalCpu = (PhaseClock.cpu() - cpu) / 1e9;
		m.engineIncrementalIndex = indexed;
		m.engineIncremental = incremental;
	}

	/** The graph's provisions read as a run reads them (pages, then texts 2,000 ids at a time), nothing else. */
	private void readAlone(ReuseGraphFigures m) {
		long start = System.nanoTime();
		long cpu = PhaseClock.cpu();
		GraphProvisions graph = new GraphProvisions(this.client, ReuseSchema.of(this.schemas.current()));
		List<String> ids = new ArrayList<>();
		long read = 0;
		for (ProvisionText p : graph.provisions(Scope.ALL, null)) {
			ids.add(p.id());
			read++;
			if (ids.size() == 2_000) {
				graph.texts(ids);
				ids.clear();
			}
		}
		graph.texts(ids);
		m.readWall = (System.nanoTime() - start) / 1e9;
		m.readCpu = (PhaseClock.cpu() - cpu) / 1e9;
		check(read >= m.provisions, "read " + read + " provisions from the graph, imported " + m.provisions);
	}

	/** The provision with its text cut at the last word within the importer's cell limit. */
	static PlantedReuseCorpus.Provision importable(PlantedReuseCorpus.Provision p) {
		if (p.text().length() <= CorpusLimits.MAX_CELL_LENGTH) {
			return p;
		}
		String text = p.text().substring(0, p.text().lastIndexOf(' ', CorpusLimits.MAX_CELL_LENGTH));
		return new PlantedReuseCorpus.Provision(p.id(), p.instrument(), p.date(), text);
	}

	private static List<ProvisionText> sorted(List<PlantedReuseCorpus.Provision> provisions) {
		return provisions.stream().sorted(Comparator.comparing(PlantedReuseCorpus.Provision::id))
			.map((p) -> new ProvisionText(p.id(), p.instrument(), p.date(), p.text()))
			.toList();
	}

	private static String commandOutput(ReuseSummary summary) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ReuseCommand.print(summary, new PrintStream(bytes, true, StandardCharsets.UTF_8));
		return bytes.toString(StandardCharsets.UTF_8).strip();
	}

	private static void checkQuality(String what, double precision, double recall, long @Nullable [] vsEngine, int engine) {
		check(precision >= MIN_PRECISION && recall >= MIN_RECALL, what + ": stored findings have precision "
				+ precision + " and recall " + recall + " (at least " + MIN_PRECISION + " / " + MIN_RECALL + " expected)");
		if (vsEngine == null) {
			return;
		}
		check(vsEngine[0] + vsEngine[1] <= Math.max(1, MAX_DIFFERENCE * engine), what + ": " + vsEngine[0]
				+ " stored pairs the engine alone did not find and " + vsEngine[1] + " it found that were not stored (of "
				+ engine + ")");
	}

	private static void check(boolean condition, String what) {
		if (!condition) {
			throw new AssertionError("Reuse through the graph: " + what);
		}
	}

}
