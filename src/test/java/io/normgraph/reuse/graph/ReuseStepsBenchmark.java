package io.normgraph.reuse.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.neo4j.core.Neo4jClient;

import io.normgraph.corpus.CorpusImporter;
import io.normgraph.schema.SchemaRegistry;

/**
 * Where the fixed cost of a run for a small corpus goes: {@link ReuseThroughGraph} at one size
 * (default 10,000), then {@code reuse --corpus} for the new 1% with the kept index in memory
 * {@code benchmark.reuse.rounds} times more (the process warm), each run's steps printed (ms),
 * and the median of each step. {@code ./mvnw -o test -Pbenchmark -Dtest=ReuseStepsBenchmark
 * -Dbenchmark.heap=2g}; for a profile add
 * {@code JAVA_TOOL_OPTIONS=-XX:StartFlightRecording=filename=target/steps-%p.jfr}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "normgraph.corpus.load-bundled=false", "normgraph.embedded.browser-enabled=false",
				"normgraph.embedded.page-cache=${benchmark.page-cache:512m}" })
class ReuseStepsBenchmark {

	@Autowired
	ApplicationContext context;

	@Autowired
	ReuseService service;

	@Autowired
	CorpusImporter importer;

	@Autowired
	Neo4jClient client;

	@Autowired
	SchemaRegistry schemas;

	@Autowired
	Driver driver;

	@TempDir
	Path root;

	@Test
	void stepsOfRunsForTheNewCorpus() {
		int provisions = Integer.getInteger("benchmark.reuse.provisions", 10_000);
		int rounds = Integer.getInteger("benchmark.reuse.rounds", 10);
		ReuseGraphFigures figures = new ReuseThroughGraph(this.context, this.root)
			.paths(false, false)
			.measure(provisions, 0.2, 42, false);
		System.out.println(figures.fullRow());
		figures.incrementalRows().forEach(System.out::println);
		String corpus = ReuseThroughGraph.addedId(provisions);
		List<Map<String, Long>> steps = new ArrayList<>();
		List<Double> cpu = new ArrayList<>();
		for (int round = 0; round < rounds; round++) {
			PhaseClock clock = new PhaseClock(this.driver, false);
			ReuseSummary summary = this.service.run(corpus, clock);
			assertThat(summary.stepMillis()).containsKey(IncrementalPlanner.KEPT);
			Map<String, Long> these = new LinkedHashMap<>(summary.stepMillis());
			these.put("total", summary.totalMillis());
			steps.add(these);
			cpu.add(clock.totalCpu());
			System.out.println("round " + round + ": " + these + ", CPU s " + clock.totalCpu());
		}
		Map<String, Long> median = new LinkedHashMap<>();
		steps.get(0).keySet().forEach((step) -> median.put(step,
				steps.stream().mapToLong((s) -> s.getOrDefault(step, 0L)).sorted().toArray()[steps.size() / 2]));
		System.out.println("median of " + rounds + " warm runs (ms): " + median + "; CPU s "
				+ cpu.stream().mapToDouble(Double::doubleValue).sorted().toArray()[cpu.size() / 2] + "; full run "
				+ figures.full.totalWall() + " s, " + figures.full.totalCpu() + " CPU s; load "
				+ ReuseGraphFigures.loadAverage());
		profile(corpus);
		ReuseCleanUp.after(this.importer, this.client, corpus, ReuseThroughGraph.baseId(provisions));
	}

	/** The plans of the statements a small run makes whose cost could follow the graph, with their db hits. */
	private void profile(String corpus) {
		ReuseSchema schema = ReuseSchema.of(this.schemas.current());
		List<String> instruments = this.client
			.query("MATCH (p:Entity {corpus: $id})-[:PART_OF]->(i) RETURN DISTINCT i.id")
			.bind(corpus).to("id").fetchAs(String.class).all().stream().toList();
		List<String> sources = this.client.query("MATCH (s:Source) WHERE s.reuseRun RETURN s.id").fetchAs(String.class)
			.all().stream().toList();
		System.out.println(corpus + ": " + instruments.size() + " instruments, " + sources.size() + " run sources");
		try (org.neo4j.driver.Session session = this.driver.session()) {
			for (int round = 0; round < 2; round++) {
				print("findingsOf", session.run("PROFILE " + WriteStatements.findingsOf(schema),
						Map.of("instruments", instruments)).consume());
				// EXPLAIN only: PROFILE would delete what it finds.
				print("deleteUnusedSources (explain)", session.run("EXPLAIN " + WriteStatements.deleteUnusedSources(schema),
						Map.of("run", "none", "sources", sources)).consume());
				print("instruments", session.run("PROFILE " + ReadStatements.instruments(schema)).consume());
			}
		}
	}

	private static void print(String what, org.neo4j.driver.summary.ResultSummary summary) {
		System.out.println(what + ": " + summary.resultAvailableAfter(java.util.concurrent.TimeUnit.MILLISECONDS) + " + "
				+ summary.resultConsumedAfter(java.util.concurrent.TimeUnit.MILLISECONDS) + " ms");
		if (summary.hasProfile()) {
			print(summary.profile(), "  ");
		}
		else if (summary.hasPlan()) {
			System.out.println(summary.plan());
		}
	}

	private static void print(org.neo4j.driver.summary.ProfiledPlan plan, String indent) {
		System.out.println(indent + plan.operatorType() + " rows " + plan.records() + " dbHits " + plan.dbHits() + " "
				+ plan.arguments().getOrDefault("Details", org.neo4j.driver.Values.NULL));
		plan.children().forEach((child) -> print(child, indent + "  "));
	}

}
