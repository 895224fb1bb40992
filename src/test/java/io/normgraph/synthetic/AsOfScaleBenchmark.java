package io.normgraph.synthetic;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.normgraph.Api;
import io.normgraph.corpus.CorpusFiles;
import io.normgraph.corpus.CorpusImporter;
import io.normgraph.lineage.LineageStatements;
import io.normgraph.time.AsOfCells;

/**
 * Not a test: the cost of an as-of date on a synthetic corpus with dated facts (default 100k
 * provisions, seed 42), imported through normgraph's importer into an empty database. Upstream
 * lineage over DERIVES_FROM and CROSS_REFERENCES at depths 2, 4 and 6 from 20 sampled
 * provisions, and derived-from under 20 foundational provisions, each as of two dates (2020:
 * the filter runs on every node and drops few; 2000: it prunes) against the same query without
 * a date. Run with {@code ./mvnw -o test -Pbenchmark -Dtest=AsOfScaleBenchmark
 * -Dbenchmark.provisions=100000 -Dbenchmark.heap=6g}; writes target/benchmark/as-of-N.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "normgraph.corpus.load-bundled=false", "normgraph.embedded.browser-enabled=false",
				"normgraph.embedded.page-cache=${benchmark.page-cache:512m}" })
@Tag("benchmark")
class AsOfScaleBenchmark {

	static final String TYPES = "DERIVES_FROM,CROSS_REFERENCES";

	@Autowired
	CorpusImporter importer;

	@Autowired
	Driver driver;

	@LocalServerPort
	int port;

	@Test
	void lineageAndDerivedAsOfADateAgainstNoDate() throws Exception {
		int provisions = Integer.getInteger("benchmark.provisions", 100_000);
		long seed = Long.getLong("benchmark.seed", 42);
		Path corpus = Path.of("target/benchmark/dated-corpus-" + provisions + "-" + seed);
		SyntheticCorpusGenerator generator = new SyntheticCorpusGenerator(provisions, seed);
		if (!Files.isDirectory(corpus.resolve("nodes"))) {
			generator.write(corpus);
		}
		long start = System.nanoTime();
		this.importer.importCorpus(CorpusFiles.fromDirectory(corpus));
		System.out.printf("imported %d provisions in %.1f s%n", provisions, (System.nanoTime() - start) / 1e9);
		Api api = new Api(this.port);
		AsOfCells cells = new AsOfCells();
		try (Session session = this.driver.session()) {
			for (String asOf : List.of("2020", "2000")) {
				List<String> roots = roots(api, generator, seed, asOf, false);
				for (int depth : new int[] { 2, 4, 6 }) {
					int d = depth;
					cells.add(new AsOfCells.Cell("lineage upstream, depth " + d + ", as of " + asOf,
							(i) -> api.get(lineage(roots, i, d)), (i) -> api.get(lineage(roots, i, d) + "&asOf=" + asOf),
							(i) -> LineageStatements.upstream(session, roots.get(i % roots.size()), d, null),
							(i) -> LineageStatements.upstream(session, roots.get(i % roots.size()), d, asOf)));
				}
				List<String> hubs = roots(api, generator, seed, asOf, true);
				cells.add(new AsOfCells.Cell("derived, 6 hops, as of " + asOf,
						(i) -> api.get("/api/v1/nodes/" + hubs.get(i % hubs.size()) + "/derived"),
						(i) -> api.get("/api/v1/nodes/" + hubs.get(i % hubs.size()) + "/derived?asOf=" + asOf),
						(i) -> LineageStatements.derived(session, hubs.get(i % hubs.size()), 6, null),
						(i) -> LineageStatements.derived(session, hubs.get(i % hubs.size()), 6, asOf)));
			}
			cells.run(Integer.getInteger("benchmark.warm-up-calls", 200), Integer.getInteger("benchmark.runs", 400),
					Path.of("target/benchmark/as-of-" + provisions + ".md"),
					"As of a date on a synthetic corpus of " + provisions + " provisions with dated facts");
		}
	}

	private static String lineage(List<String> roots, int i, int depth) {
		return "/api/v1/nodes/" + roots.get(i % roots.size()) + "/lineage?direction=upstream&types=" + TYPES + "&depth="
				+ depth;
	}

	/**
	 * 20 roots that are part of the graph as of the date (so both sides answer the same question):
	 * provisions of instruments adopted in the 1980s and 1990s, or, for derived-from, of the
	 * foundational instruments.
	 */
	private static List<String> roots(Api api, SyntheticCorpusGenerator generator, long seed, String asOf,
			boolean foundational) {
		SplittableRandom random = new SplittableRandom(seed);
		int instruments = generator.instruments();
		List<String> roots = new ArrayList<>();
		while (roots.size() < 20) {
			int i = foundational ? random.nextInt(generator.foundational())
					: (int) (instruments * 0.5) + random.nextInt(Math.max(1, (int) (instruments * 0.2)));
			String id = SyntheticCorpusGenerator.provision(i, random.nextInt(generator.size(i)));
			if (api.get("/api/v1/nodes/" + id + "?asOf=" + asOf).getStatusCode().is2xxSuccessful()) {
				roots.add(id);
			}
		}
		return roots;
	}

}
