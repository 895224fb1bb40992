package io.normgraph.explorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import io.normgraph.EndToEndTest;

/**
 * Not a test: how long the explorer takes, in a real headless Chromium, to fetch and paint the
 * upstream lineage of a provision derived from 2,000 parts of 40 instruments
 * ({@link PartsFixture}), with each instrument's parts grouped and, as the baseline in the same
 * run, ungrouped. Figures from {@code window.normgraph.lastPaint} (fetch, render to the second
 * animation frame after layout, total); writes target/benchmarks-explorer.md. Run with
 * {@code ./mvnw -o test -Pbenchmark -Dtest=ExplorerPaintBenchmark}.
 */
@EndToEndTest
@Tag("benchmark")
class ExplorerPaintBenchmark {

	static final PartsFixture FIXTURE = new PartsFixture(40, 50);

	static final int WARMUP = Integer.getInteger("benchmark.explorer.warm-up", 2);

	static final int RUNS = Integer.getInteger("benchmark.explorer.runs", 7);

	@Autowired
	Neo4jClient client;

	@LocalServerPort
	int port;

	@BeforeEach
	void createFixture() {
		FIXTURE.create(this.client);
	}

	@AfterEach
	void removeFixture() {
		PartsFixture.remove(this.client);
	}

	@Test
	void paintOfALargeLineageGroupedAndUngrouped() throws IOException {
		StringBuilder table = new StringBuilder("""
				| drawn as | lineage nodes | nodes drawn | edges drawn | fetch ms (median) | render ms (min / median / max) | total ms (min / median / max) |
				|---|---|---|---|---|---|---|
				""");
		try (ExplorerPage page = ExplorerPage.start(this.port)) {
			page.open("/");
			page.script("document.getElementById('limit').value = '5000';");
			for (String mode : List.of("never", "always")) {
				page.script("document.getElementById('grouping').value = arguments[0];", mode);
				List<Map<String, Object>> paints = new ArrayList<>();
				for (int run = 0; run < WARMUP + RUNS; run++) {
					Map<String, Object> paint = paint(page);
					if (run >= WARMUP) {
						paints.add(paint);
					}
				}
				Map<String, Object> last = paints.get(paints.size() - 1);
				table.append("| ")
					.append(mode.equals("never") ? "each node (baseline)" : "parts grouped by instrument")
					.append(" | ").append(last.get("nodes"))
					.append(" | ").append(last.get("drawnNodes"))
					.append(" | ").append(last.get("drawnEdges"))
					.append(" | ").append(format(sorted(paints, "fetchMs").get(RUNS / 2)))
					.append(" | ").append(spread(sorted(paints, "renderMs")))
					.append(" | ").append(spread(sorted(paints, "totalMs")))
					.append(" |\n");
			}
		}
		String report = "Explorer: painting a large lineage (" + WARMUP + " warm-up, " + RUNS + " runs each, layout 'rings by depth', viewport 1280x800)\n\n" + table;
		System.out.println(report);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "benchmarks-explorer.md"), report);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> paint(ExplorerPage page) {
		return (Map<String, Object>) page.driver().executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				window.normgraph.loadRoot(arguments[0]).then((ok) => done(ok ? window.normgraph.lastPaint : { error: document.getElementById('status').textContent }));""",
				PartsFixture.ROOT);
	}

	private static List<Double> sorted(List<Map<String, Object>> paints, String key) {
		return paints.stream().map((paint) -> ((Number) paint.get(key)).doubleValue()).sorted().toList();
	}

	private static String spread(List<Double> values) {
		return format(values.get(0)) + " / " + format(values.get(values.size() / 2)) + " / " + format(values.get(values.size() - 1));
	}

	private static String format(double ms) {
		return String.format(java.util.Locale.ROOT, "%.0f", ms);
	}

}
