package io.normgraph.lineage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.normgraph.Api;
import io.normgraph.EndToEndTest;

/**
 * Not a test: measures GET /lineage and /derived over real HTTP against the same walks
 * ({@link LineageStatements}: the same statements in the same order) over a raw Bolt session, in one run, and writes target/benchmarks.md. Run with
 * {@code ./mvnw -o test -Pbenchmark}.
 */
@EndToEndTest
@Tag("benchmark")
class LineageBenchmark {

	static final int WARMUP = Integer.getInteger("benchmark.lineage.warm-up", 1000);

	static final int RUNS = Integer.getInteger("benchmark.lineage.runs", 1000);

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Test
	void lineageAndDerivedAgainstRawCypher() throws IOException {
		Api api = new Api(this.port);
		StringBuilder table = new StringBuilder(
				"| query | depth | API median ms | API p99 ms | raw Bolt median ms | raw Bolt p99 ms |\n|---|---|---|---|---|---|\n");
		try (Session session = this.driver.session()) {
			List<Cell> cells = new ArrayList<>();
			for (int depth = 1; depth <= LineageService.MAX_DEPTH; depth++) {
				int d = depth;
				cells.add(new Cell("lineage upstream secure-std-1", d,
						() -> api.ok("/api/v1/nodes/secure-std-1/lineage?depth=" + d).get("nodes").size(),
						() -> LineageStatements.defaults(session, true, "secure-std-1", d)));
				cells.add(new Cell("lineage downstream g8-2005-declaration", d,
						() -> api.ok("/api/v1/nodes/g8-2005-declaration/lineage?direction=downstream&depth=" + d)
							.get("nodes")
							.size(),
						() -> LineageStatements.defaults(session, false, "g8-2005-declaration", d)));
			}
			cells.add(new Cell("derived g8-2005-declaration", DerivationService.MAX_CHAIN,
					() -> api.ok("/api/v1/nodes/g8-2005-declaration/derived").get("rows").size(),
					() -> LineageStatements.derived(session, "g8-2005-declaration", DerivationService.MAX_CHAIN)));
			// Both sides must answer the same non-empty result, or there is nothing to compare.
			for (Cell cell : cells) {
				int fromApi = cell.api().get();
				int fromRaw = cell.raw().get();
				if (fromRaw <= 1 || fromApi != fromRaw) {
					throw new AssertionError(cell.name() + " depth " + cell.depth() + ": the API answered " + fromApi
							+ " and the raw walk " + fromRaw + "; both must reach more than the root, and the same nodes");
				}
			}
			// Every cell warms up before any is timed, so the first rows do not measure the JIT.
			for (Cell cell : cells) {
				repeat(cell.api(), WARMUP);
				repeat(cell.raw(), WARMUP);
			}
			for (Cell cell : cells) {
				List<Long> apiTimes = new ArrayList<>();
				List<Long> rawTimes = new ArrayList<>();
				for (int i = 0; i < RUNS; i++) {
					apiTimes.add(time(cell.api()));
					rawTimes.add(time(cell.raw()));
				}
				double[] a = medianAndP99(apiTimes);
				double[] r = medianAndP99(rawTimes);
				table.append(String.format("| %s | %d | %.2f | %.2f | %.2f | %.2f |%n", cell.name(), cell.depth(), a[0],
						a[1], r[0], r[1]));
			}
		}
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/benchmarks.md"), table);
		System.out.println(table);
	}

	private static void repeat(Supplier<?> call, int times) {
		for (int i = 0; i < times; i++) {
			call.get();
		}
	}

	/** Each side answers the number of nodes (lineage) or rows (derived) it found. */
	private record Cell(String name, int depth, Supplier<Integer> api, Supplier<Integer> raw) {
	}

	private static long time(Supplier<?> call) {
		long start = System.nanoTime();
		call.get();
		return System.nanoTime() - start;
	}

	/** API and raw calls alternate, so a busy moment of the machine falls on both sides alike. */
	private static double[] medianAndP99(List<Long> times) {
		long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
		return new double[] { sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6 };
	}

}
