package io.normgraph.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The full benchmark, outside the default build: {@code ./mvnw -o -Pbenchmark test
 * -Dbenchmark.provisions=100000} (see docs/benchmarks.md). Writes target/benchmark/scale-N.md.
 */
@Tag("benchmark")
class ScaleBenchmark extends ScaleBenchmarkSupport {

	@Test
	void scale() throws Exception {
		int provisions = Integer.parseInt(System.getProperty("benchmark.provisions", "10000"));
		long seed = Long.parseLong(System.getProperty("benchmark.seed", "42"));
		int rounds = Integer.parseInt(System.getProperty("benchmark.rounds", "5"));
		String baselines = System.getProperty("benchmark.baselines", "CREATE_BATCHED,CREATE_ONE_TRANSACTION,MERGE_ONE_TRANSACTION");
		List<RawLoader.Mode> modes = Stream.of(baselines.split(",")).map(String::strip).filter((mode) -> !mode.isEmpty())
			.map(RawLoader.Mode::valueOf).toList();
		Report report = run(provisions, seed, rounds, modes);
		assertThat(report.imports).hasSize(modes.size() + 1);
	}

}
