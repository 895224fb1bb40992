package io.normgraph.reuse.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.neo4j.core.Neo4jClient;

import io.normgraph.corpus.CorpusImporter;

/**
 * Text reuse end to end through the graph ({@link ReuseThroughGraph}) at each size of
 * {@code benchmark.reuse.sizes}, each into the same empty embedded database (the last size's
 * corpora and findings removed first). {@code ./mvnw -o test -Pbenchmark -Dtest=ReuseGraphBenchmark
 * -Dbenchmark.reuse.sizes=10000,40000} (see docs/benchmarks.md, "Text reuse"); writes
 * target/benchmark/reuse-graph.md. {@code -Dbenchmark.reuse.engine-baseline=false} leaves out the
 * engine alone on the same texts (at 1M it costs as much as the run); {@code
 * -Dbenchmark.reuse.from-file=false} and {@code -Dbenchmark.reuse.rebuilt=false} leave out the
 * runs for the new 1% with the index taken up from its file and rebuilt from the graph.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "normgraph.corpus.load-bundled=false", "normgraph.embedded.browser-enabled=false",
				"normgraph.embedded.page-cache=${benchmark.page-cache:512m}" })
class ReuseGraphBenchmark {

	@Autowired
	ApplicationContext context;

	@Autowired
	CorpusImporter importer;

	@Autowired
	Neo4jClient client;

	@TempDir
	Path root;

	@Test
	void throughTheGraph() throws IOException {
		long seed = Long.getLong("benchmark.seed", 42);
		double mutation = Double.parseDouble(System.getProperty("benchmark.reuse.mutation", "0.2"));
		boolean engineBaseline = Boolean.parseBoolean(System.getProperty("benchmark.reuse.engine-baseline", "true"));
		ReuseThroughGraph bench = new ReuseThroughGraph(this.context, this.root)
			.paths(Boolean.parseBoolean(System.getProperty("benchmark.reuse.from-file", "true")),
					Boolean.parseBoolean(System.getProperty("benchmark.reuse.rebuilt", "true")));
		List<ReuseGraphFigures> measured = new ArrayList<>();
		for (String size : System.getProperty("benchmark.reuse.sizes", "10000,40000").split(",")) {
			int provisions = Integer.parseInt(size.strip().replace("_", ""));
			ReuseGraphFigures figures = bench.measure(provisions, mutation, seed, engineBaseline);
			measured.add(figures);
			System.out.println(figures.fullRow());
			figures.incrementalRows().forEach(System.out::println);
			System.out.println(figures.notes());
			report(measured, mutation, seed);
			clear(provisions);
		}
		assertThat(measured).isNotEmpty();
	}

	/** Writes what was measured so far (after every size, so a later size's failure loses nothing). */
	private static void report(List<ReuseGraphFigures> measured, double mutation, long seed) throws IOException {
		List<String> out = new ArrayList<>();
		out.add(String.format(Locale.ROOT,
				"Through the graph, %d cores, -Xmx%d MiB, planted reuse at %.0f%% mutation, seed %d, default settings",
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, mutation * 100, seed));
		out.add("");
		out.add(ReuseGraphFigures.FULL_HEADER);
		measured.forEach((m) -> out.add(m.fullRow()));
		out.add("");
		out.add(ReuseGraphFigures.WRITE_HEADER);
		measured.forEach((m) -> out.add(m.writeRow()));
		out.add("");
		out.add(IncrementalFigures.HEADER);
		measured.forEach((m) -> out.addAll(m.incrementalRows()));
		out.add("");
		measured.forEach((m) -> out.add(m.notes() + "\n"));
		Path file = Path.of("target/benchmark/reuse-graph.md");
		Files.createDirectories(file.getParent());
		Files.write(file, out);
		out.forEach(System.out::println);
	}

	/** Removes a size's corpora, what was found in them and the runs' Source nodes. */
	private void clear(int provisions) {
		ReuseCleanUp.after(this.importer, this.client, ReuseThroughGraph.addedId(provisions),
				ReuseThroughGraph.baseId(provisions));
	}

}
