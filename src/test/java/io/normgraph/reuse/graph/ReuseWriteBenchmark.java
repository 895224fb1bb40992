package io.normgraph.reuse.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.normgraph.reuse.ReuseFinding;
import io.normgraph.reuse.ReusedSpan;
import io.normgraph.schema.SchemaRegistry;
import io.normgraph.synthetic.LiveHeap;
import io.normgraph.synthetic.TransactionMemory;

/**
 * The write of a full run alone ({@link ReuseWriter}), at the number of findings of larger runs
 * than the end-to-end benchmark can afford (a 1M-provision run finds about 400,000): findings of
 * the shape runs store (two spans, scores) between provisions created for it, written as a full
 * run writes them; time, CPU, and the memory the write adds. {@code ./mvnw -o test -Pbenchmark
 * -Dtest=ReuseWriteBenchmark -Dbenchmark.reuse.write-findings=40000,100000,400000}; writes
 * target/benchmark/reuse-write.md.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "normgraph.corpus.load-bundled=false", "normgraph.embedded.browser-enabled=false",
				"normgraph.embedded.page-cache=${benchmark.page-cache:512m}" })
class ReuseWriteBenchmark {

	private static final int PROVISIONS = 200_000;

	private static final int INSTRUMENTS = 4_000;

	@Autowired
	Neo4jClient client;

	@Autowired
	SchemaRegistry schemas;

	@Autowired
	Driver driver;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	io.normgraph.system.ReadGate gate;

	@Test
	void write() throws IOException {
		this.client.query("""
				UNWIND range(0, $n - 1) AS i CALL (i) {
				  CREATE (:Entity:Instrument {id: 'wb-inst-' + i, name: 'i' + i, source: 'wb', locator: 'wb', adoptedOn: '2000'})
				} IN TRANSACTIONS OF 5000 ROWS""").bind(INSTRUMENTS).to("n").run();
		this.client.query("""
				UNWIND range(0, $n - 1) AS i CALL (i) {
				  CREATE (:Entity:Provision {id: 'wb-prov-' + i, name: 'p' + i, source: 'wb', locator: 'wb', text: 'x'})
				} IN TRANSACTIONS OF 5000 ROWS""").bind(PROVISIONS).to("n").run();
		List<String> out = new ArrayList<>();
		out.add(String.format(Locale.ROOT, "Write alone, %d cores, -Xmx%d MiB, load average %s",
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
				ReuseGraphFigures.loadAverage()));
		out.add("");
		out.add("| findings | roll-ups | write s | CPU s | heap after GC before (findings held) | largest heap after GC while writing | added by the write | heap pools' peak | Neo4j's transaction estimate |");
		out.add("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
		ReuseWriter writer = new ReuseWriter(this.client, new TransactionTemplate(this.transactionManager),
				ReuseSchema.of(this.schemas.current()), this.gate);
		try {
			for (String size : System.getProperty("benchmark.reuse.write-findings", "40000,100000").split(",")) {
				List<ReuseFinding> findings = findings(Integer.parseInt(size.strip().replace("_", "")));
				long before = PhaseClock.usedAfterGc();
				ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
				LiveHeap live = new LiveHeap();
				TransactionMemory transaction = new TransactionMemory(this.driver);
				long start = System.nanoTime();
				long cpu = PhaseClock.cpu();
				String run = "reuse-run-write-" + size.strip();
				long[] written = writer.write(run, Map.of("id", run, "reuseRun", true), findings, null, java.util.Set.of(),
						(id) -> 1_000_000, (id) -> id.startsWith("wb-inst-"), (done, total) -> {
						}, new PhaseTimes());
				double seconds = (System.nanoTime() - start) / 1e9;
				double cpuSeconds = (PhaseClock.cpu() - cpu) / 1e9;
				long peakLive = live.stop();
				long estimate = transaction.stop();
				long pools = ManagementFactory.getMemoryPoolMXBeans().stream()
					.filter((pool) -> pool.getType() == java.lang.management.MemoryType.HEAP)
					.mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();
				assertThat(written[0]).isEqualTo(findings.size());
				String row = String.format(Locale.ROOT, "| %,d | %,d | %.1f | %.1f | %d MiB | %d MiB | %d MiB | %d MiB | %d MiB |",
						findings.size(), written[1], seconds, cpuSeconds, before >> 20, peakLive >> 20,
						Math.max(0, peakLive - before) >> 20, pools >> 20, estimate >> 20);
				System.out.println(row);
				out.add(row);
			}
		}
		finally {
			this.client.query("MATCH ()-[r:REUSES]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS").run();
			this.client.query("MATCH (s:Source) WHERE s.reuseRun DETACH DELETE s").run();
			this.client.query("MATCH (n:Entity) WHERE n.id STARTS WITH 'wb-' CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").run();
		}
		out.add("");
		out.add("Load average after: " + ReuseGraphFigures.loadAverage());
		Path file = Path.of("target/benchmark/reuse-write.md");
		Files.createDirectories(file.getParent());
		Files.write(file, out);
		out.forEach(System.out::println);
	}

	/** Findings of the shape a run stores: a later provision, an earlier one of another instrument, two spans. */
	private static List<ReuseFinding> findings(int count) {
		SplittableRandom random = new SplittableRandom(count);
		List<ReuseFinding> findings = new ArrayList<>(count);
		for (int k = 0; k < count; k++) {
			int later = random.nextInt(PROVISIONS);
			int earlier = (later + 1 + random.nextInt(PROVISIONS - 1)) % PROVISIONS;
			int start = random.nextInt(200);
			List<ReusedSpan> spans = List.of(new ReusedSpan(start, start + 400, start + 10, start + 405),
					new ReusedSpan(start + 420, start + 700, start + 430, start + 712));
			findings.add(new ReuseFinding("wb-prov-" + later, "wb-prov-" + earlier, "wb-inst-" + later % INSTRUMENTS,
					"wb-inst-" + earlier % INSTRUMENTS, random.nextBoolean(), 0.6, 0.8, 0.7, 0.8, spans));
		}
		return findings;
	}

}
