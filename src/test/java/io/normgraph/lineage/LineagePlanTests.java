package io.normgraph.lineage;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;

import io.normgraph.EndToEndTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lineage and derived-from statements, at their maximum depth and with every type, are
 * planned without an operator whose work grows with the number of paths (issue 7): each
 * reached node is found once, one hop at a time.
 */
@EndToEndTest
class LineagePlanTests {

	static final EnumSet<LineageType> ALL = EnumSet.allOf(LineageType.class);

	@Autowired
	Driver driver;

	@Test
	void upstreamDoesNotEnumeratePaths() {
		assertBounded(LineageQueries.upstream(ALL, LineageService.MAX_DEPTH).getCypher());
		assertBounded(LineageQueries.upstream(EnumSet.complementOf(EnumSet.of(LineageType.PART_OF)),
				LineageService.MAX_DEPTH).getCypher());
	}

	@Test
	void downstreamDoesNotEnumeratePaths() {
		assertBounded(LineageQueries.downstream(ALL, LineageService.MAX_DEPTH).getCypher());
		assertBounded(LineageQueries.downstream(EnumSet.complementOf(EnumSet.of(LineageType.PART_OF)),
				LineageService.MAX_DEPTH).getCypher());
	}

	@Test
	void derivedDoesNotEnumeratePaths() {
		assertBounded(DerivationService.DERIVED);
	}

	private void assertBounded(String cypher) {
		List<String> operators = new ArrayList<>();
		try (Session session = this.driver.session()) {
			collect(session.run("EXPLAIN " + cypher, Map.of("id", "trips")).consume().plan(), operators);
		}
		assertThat(operators).as(cypher).isNotEmpty().noneMatch(LineagePlanTests::enumeratesPaths);
	}

	/**
	 * {@code VarLengthExpand(All)} and {@code (Into)} produce a row per path, {@code Repeat}
	 * does the same for quantified path patterns without a selector, and
	 * {@code StatefulShortestPath} with an open end traces paths in proportion to how many
	 * there are (docs/benchmarks.md). Single-hop {@code Expand} and the pruning
	 * {@code VarLengthExpand(Pruning…)} visit each node once.
	 */
	static boolean enumeratesPaths(String operator) {
		return (operator.startsWith("VarLengthExpand") && !operator.contains("Pruning"))
				|| operator.startsWith("Repeat") || operator.startsWith("StatefulShortestPath");
	}

	private static void collect(Plan plan, List<String> operators) {
		operators.add(plan.operatorType().replaceFirst("@.*$", ""));
		plan.children().forEach((child) -> collect(child, operators));
	}

}
