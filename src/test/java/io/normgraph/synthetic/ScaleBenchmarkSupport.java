package io.normgraph.synthetic;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.normgraph.corpus.CorpusFiles;
import io.normgraph.corpus.CorpusImporter;
import io.normgraph.corpus.ImportReport;
import io.normgraph.corpus.WriterStatements;
import io.normgraph.lineage.LineageStatements;

/**
 * The scale benchmark, in one run over one synthetic corpus: import throughput through
 * normgraph's importer beside raw UNWIND loads over a plain driver (each into its own fresh
 * database), heap and RSS, the plans of the MERGE and lineage statements, and lineage and
 * derivation latency through REST, GraphQL and the same Cypher over a raw Bolt session. The
 * application runs on a random port over an empty database (no bundled corpus).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "normgraph.corpus.load-bundled=false", "normgraph.embedded.browser-enabled=false",
				"normgraph.embedded.page-cache=${benchmark.page-cache:64m}" })
abstract class ScaleBenchmarkSupport {

	static final int[] DEPTHS = { 2, 4, 6 };

	static final String TYPES = "DERIVES_FROM,CROSS_REFERENCES";

	static final String NORMGRAPH = "normgraph importer";

	/** Measure latency on a raw load when the normgraph import fails (the run fails all the same). */
	static final boolean LATENCY_AFTER_IMPORT_FAILURE = Boolean.getBoolean("benchmark.latency-after-import-failure");

	@Autowired
	CorpusImporter importer;

	@Autowired
	Driver driver;

	@LocalServerPort
	int port;

	@Value("${benchmark.page-cache:64m}")
	String pageCache;

	/** Roots sampled for each latency measurement. */
	int roots = 20;

	/** Cheap requests of each kind before anything is timed (the rounds' own warm-up is two per root). */
	int warmUpCalls = Integer.getInteger("benchmark.warm-up-calls", 2000);

	private final HttpClient http = HttpClient.newHttpClient();

	/** Runs everything and returns the report as Markdown (also written to target/benchmark/). */
	Report run(int provisions, long seed, int rounds, List<RawLoader.Mode> baselines) throws Exception {
		Report report = new Report(provisions, seed);
		report.maxHeap = Runtime.getRuntime().maxMemory();
		Path corpus = Path.of("target/benchmark/corpus-" + provisions + "-" + seed);
		SyntheticCorpusGenerator generator = new SyntheticCorpusGenerator(provisions, seed);
		if (!Files.isDirectory(corpus.resolve("nodes"))) {
			long start = System.nanoTime();
			new SyntheticCorpusGenerator(provisions, seed).write(corpus);
			report.generated = seconds(start);
		}
		for (RawLoader.Mode mode : baselines) {
			try (RawDatabase raw = new RawDatabase(Path.of("target/benchmark/raw-" + mode), this.pageCache)) {
				System.gc();
				long start = System.nanoTime();
				long rows = RawLoader.load(raw.driver(), corpus, mode);
				report.imports.put("raw " + mode, new double[] { rows, seconds(start) });
			}
		}
		long corpusRows = rows(corpus);
		try {
			importThroughNormgraph(corpus, report);
			double imported = report.imports.get(NORMGRAPH)[0];
			if (imported != corpusRows) {
				throw new IllegalStateException("imported " + (long) imported + " rows of the corpus's " + corpusRows);
			}
		}
		catch (RuntimeException ex) {
			report.importFailure = ex.getMessage();
			report.rssAfterImport = rss();
			if (!LATENCY_AFTER_IMPORT_FAILURE) {
				report.write();
				throw new AssertionError("The normgraph import failed, so there is nothing to measure (report in "
						+ "target/benchmark/): " + ex.getMessage(), ex);
			}
			// Asked for: load the same rows the plain way so the latency part still runs; the run fails at the end.
			long start = System.nanoTime();
			long rows = RawLoader.load(this.driver, corpus, RawLoader.Mode.CREATE_BATCHED);
			report.imports.put("raw CREATE_BATCHED into the application's database (after the failure)",
					new double[] { rows, seconds(start) });
		}
		for (Map.Entry<String, double[]> load : report.imports.entrySet()) {
			if (load.getValue()[0] != corpusRows && !load.getKey().equals(NORMGRAPH)) {
				throw new AssertionError(load.getKey() + " loaded " + (long) load.getValue()[0] + " rows of the corpus's "
						+ corpusRows);
			}
		}
		plans(report);
		if (rounds == 0) {
			report.write();
			return failedIfTheImportFailed(report);
		}
		List<String> upstreamRoots = new ArrayList<>();
		List<String> derivedRoots = new ArrayList<>();
		SplittableRandom random = new SplittableRandom(seed);
		int instruments = generator.instruments();
		for (int k = 0; k < this.roots; k++) {
			int i = instruments / 2 + random.nextInt(instruments - instruments / 2);
			upstreamRoots.add(SyntheticCorpusGenerator.provision(i, random.nextInt(generator.size(i))));
			int f = random.nextInt(generator.foundational());
			derivedRoots.add(SyntheticCorpusGenerator.provision(f, random.nextInt(generator.size(f))));
		}
		warmUp(upstreamRoots);
		floor(report, upstreamRoots, rounds);
		for (int depth : DEPTHS) {
			lineage(report, depth, upstreamRoots, rounds);
		}
		derived(report, derivedRoots, rounds);
		report.rss = rss();
		report.write();
		return failedIfTheImportFailed(report);
	}

	/** With -Dbenchmark.latency-after-import-failure=true the latency is measured on a raw load, and the run still fails. */
	private static Report failedIfTheImportFailed(Report report) {
		if (report.importFailure != null) {
			throw new AssertionError("The normgraph import failed (latency measured on a raw load instead, report in "
					+ "target/benchmark/): " + report.importFailure);
		}
		return report;
	}

	/** The data rows of every CSV file of the corpus, read as the importer reads them (quoted newlines included). */
	static long rows(Path corpus) throws IOException {
		long rows = 0;
		try (Stream<Path> files = Files.walk(corpus)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".csv")).toList()) {
				try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().get().parse(Files.newBufferedReader(file))) {
					for (CSVRecord ignored : parser) {
						rows++;
					}
				}
			}
		}
		return rows;
	}

	private void importThroughNormgraph(Path corpus, Report report) {
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		long gcBefore = gcMillis();
		LiveHeap live = new LiveHeap();
		TransactionMemory transactionMemory = new TransactionMemory(this.driver);
		long start = System.nanoTime();
		ImportReport imported;
		try {
			imported = this.importer.importCorpus(CorpusFiles.fromDirectory(corpus));
		}
		finally {
			report.liveHeap = live.stop();
			report.transactionMemory = transactionMemory.stop();
			report.importSeconds = seconds(start);
		}
		double seconds = seconds(start);
		long rows = imported.rows().values().stream().mapToLong(Integer::longValue).sum();
		report.imports.put(NORMGRAPH, new double[] { rows, seconds });
		report.importGcSeconds = (gcMillis() - gcBefore) / 1000.0;
		report.peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();
		report.maxHeap = Runtime.getRuntime().maxMemory();
		report.rssAfterImport = rss();
		System.gc();
		report.heapAfterImport = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private void plans(Report report) {
		report.plans.put("importer update nodes", operators(WriterStatements.updateNodes()));
		report.plans.put("importer create DERIVES_FROM", operators(WriterStatements.createRelationships("DERIVES_FROM")));
		report.plans.put("importer stage nodes", operators(WriterStatements.stageNodes()));
		report.plans.put("importer stage relationships", operators(WriterStatements.stageRelationships()));
		report.plans.put("importer publish nodes", operators(WriterStatements.publishNodes()));
		LineageStatements.cypher().forEach((what, cypher) -> report.plans.put(what, operators(cypher)));
		report.plans.put("reference: path per row, depth 6", operators(pathPerRow(6)));
		report.plans.put("reference: distinct reachable, depth 6", operators(pruned(6)));
	}

	private String operators(String cypher) {
		try (Session session = this.driver.session()) {
			Plan plan = session.run("EXPLAIN " + cypher, Map.of("id", "x", "rows", List.of(), "frontier", List.of(), "type", "DERIVES_FROM", "limit", 1))
				.consume()
				.plan();
			Set<String> names = new LinkedHashSet<>();
			collect(plan, names);
			return String.join(", ", names);
		}
	}

	private static void collect(Plan plan, Set<String> names) {
		plan.children().forEach((child) -> collect(child, names));
		names.add(plan.operatorType().replace("@neo4j", ""));
	}

	/** The cheapest way to the same nodes: distinct ends, which lets Neo4j prune (BFS) instead of enumerating paths. */
	static String pruned(int depth) {
		return "MATCH (root:Entity {id: $id})-[:DERIVES_FROM|CROSS_REFERENCES*1.." + depth
				+ "]->(n) RETURN DISTINCT n.id AS id";
	}

	/** How lineage was asked before the walk: one statement, one row per path (its row count is the paths column). */
	static String pathPerRow(int depth) {
		return "MATCH (root:Entity {id: $id}) OPTIONAL MATCH p = (root)-[:DERIVES_FROM|CROSS_REFERENCES*0.." + depth
				+ "]->(n) RETURN root, p";
	}

	/** How derived-from was asked before the walk: every chain, then every part of each chain's start. */
	static String derivedPathPerRow(int depth) {
		return "MATCH (root:Entity {id: $id}) OPTIONAL MATCH chain = (x)-[:DERIVES_FROM*1.." + depth + "]->(root) "
				+ "OPTIONAL MATCH part = (p:Provision)-[:PART_OF*0..4]->(x) RETURN p";
	}

	/**
	 * Brings the request path (HTTP, security filters, JSON, GraphQL) to compiled code before
	 * anything is timed, with cheap calls, so the tables measure it warm.
	 */
	private void warmUp(List<String> roots) {
		String query = "query($id: ID!, $depth: Int) { lineage(id: $id, depth: $depth) { nodes { id } } }";
		for (int i = 0; i < this.warmUpCalls; i++) {
			String id = roots.get(i % roots.size());
			get("/api/v1/nodes/" + id);
			get("/api/v1/nodes/" + id + "/lineage?direction=upstream&types=" + TYPES + "&depth=1");
			graphQl(query, id, 1);
			try (Session session = this.driver.session()) {
				LineageStatements.upstream(session, id, 1);
			}
		}
	}

	private void lineage(Report report, int depth, List<String> roots, int rounds) throws Exception {
		String query = "query($id: ID!, $depth: Int) { lineage(id: $id, direction: UPSTREAM, types: [\"DERIVES_FROM\", "
				+ "\"CROSS_REFERENCES\"], depth: $depth) { nodes { id labels name properties depth path } "
				+ "relationships { id type start end properties } } }";
		Measured measured = new Measured();
		for (int round = -2; round < rounds; round++) {
			for (String id : roots) {
				boolean warm = round < 0;
				measured.time("raw Bolt, same Cypher", warm, () -> raw((session) -> LineageStatements.upstream(session, id, depth)));
				measured.time("REST", warm, () -> get("/api/v1/nodes/" + id + "/lineage?direction=upstream&types=" + TYPES
						+ "&depth=" + depth));
				measured.time("GraphQL", warm, () -> graphQl(query, id, depth));
				measured.time("raw Bolt, distinct ends (reference)", warm, () -> rows(pruned(depth), id));
				measured.time("raw Bolt, path per row (reference)", warm, () -> rows(pathPerRow(depth), id));
				if (round == 0) {
					measured.paths += rows(pathPerRow(depth), id);
					measured.nodes += raw((session) -> LineageStatements.upstream(session, id, depth));
				}
			}
		}
		measured.paths /= roots.size();
		measured.nodes /= roots.size();
		found("lineage at depth " + depth, measured);
		report.lineage.put(depth, measured);
	}

	/** The fixed cost of a request: a node by id (one index seek) through REST and raw Bolt. */
	private void floor(Report report, List<String> roots, int rounds) {
		String cypher = "MATCH (n:Entity {id: $id}) RETURN n";
		Measured measured = new Measured();
		for (int round = -2; round < rounds; round++) {
			for (String id : roots) {
				measured.time("raw Bolt, same Cypher", round < 0, () -> rows(cypher, id));
				measured.time("REST GET /nodes/{id}", round < 0, () -> get("/api/v1/nodes/" + id));
			}
		}
		measured.paths = 1;
		measured.nodes = 1;
		report.floor = measured;
	}

	private void derived(Report report, List<String> roots, int rounds) throws Exception {
		String query = "query($id: ID!) { derived(root: $id) { root { id } rows { provision { id labels name properties } "
				+ "chain } } }";
		for (int depth : DEPTHS) {
			Measured measured = new Measured();
			for (int round = -2; round < rounds; round++) {
				for (String id : roots) {
					boolean warm = round < 0;
					measured.time("raw Bolt, same Cypher", warm, () -> raw((session) -> LineageStatements.derived(session, id, depth)));
					if (depth == 6) {
						measured.time("REST", warm, () -> get("/api/v1/nodes/" + id + "/derived"));
						measured.time("GraphQL", warm, () -> graphQl(query, id, null));
					}
					measured.time("raw Bolt, path per row (reference)", warm, () -> rows(derivedPathPerRow(depth), id));
					if (round == 0) {
						measured.paths += rows(derivedPathPerRow(depth), id);
						measured.nodes += raw((session) -> LineageStatements.derived(session, id, depth));
					}
				}
			}
			measured.paths /= roots.size();
			measured.nodes /= roots.size();
			found("derived at depth " + depth, measured);
			report.derived.put(depth, measured);
		}
	}

	/** A latency is only worth reporting if the walks found something beyond their roots. */
	private static void found(String what, Measured measured) {
		if (measured.nodes <= 1 && !what.startsWith("derived")) {
			throw new AssertionError(what + " reached only the roots (" + measured.nodes + " nodes on average)");
		}
		if (measured.nodes <= 0) {
			throw new AssertionError(what + " found nothing");
		}
	}

	private int rows(String cypher, String id) {
		return raw((session) -> session.run(cypher, Map.of("id", id)).list().size());
	}

	private int raw(Function<Session, Integer> work) {
		try (Session session = this.driver.session()) {
			return work.apply(session);
		}
	}

	private int get(String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build();
		return check(request);
	}

	private int graphQl(String query, String id, Integer depth) {
		String variables = "{\"id\": \"" + id + "\"" + ((depth != null) ? ", \"depth\": " + depth : "") + "}";
		String body = "{\"query\": \"" + query.replace("\"", "\\\"") + "\", \"variables\": " + variables + "}";
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return check(request);
	}

	private int check(HttpRequest request) {
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200 || response.body().startsWith("{\"errors\"")) {
				throw new IllegalStateException(request.uri() + ": " + response.statusCode() + " " + response.body());
			}
			return response.body().length();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static long gcMillis() {
		return ManagementFactory.getGarbageCollectorMXBeans().stream()
			.mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
	}

	/** Resident set size and its peak (VmRSS, VmHWM) in bytes, from /proc; zeros elsewhere. */
	static long[] rss() {
		long[] result = new long[2];
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith("VmRSS:") || line.startsWith("VmHWM:")) {
					long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
					result[line.startsWith("VmRSS:") ? 0 : 1] = kb * 1024;
				}
			}
		}
		catch (IOException ex) {
			// not Linux: leave zeros
		}
		return result;
	}

}
