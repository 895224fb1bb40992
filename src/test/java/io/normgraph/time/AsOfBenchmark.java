package io.normgraph.time;

import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.normgraph.Api;
import io.normgraph.EndToEndTest;
import io.normgraph.lineage.LineageStatements;

/**
 * Not a test: the cost of an as-of date on the bundled corpus, lineage and derived-from with
 * {@code asOf=2008-04-30} against the same query without a date, over REST and the same walk
 * over raw Bolt. Run with {@code ./mvnw -o test -Pbenchmark -Dtest=AsOfBenchmark}; writes
 * target/benchmark/as-of-bundled.md. Target: as of a date within 1.3x of no date.
 */
@EndToEndTest
@Tag("benchmark")
class AsOfBenchmark {

	static final String AS_OF = "2008-04-30";

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Test
	void lineageAndDerivedAsOfADateAgainstNoDate() throws Exception {
		Api api = new Api(this.port);
		AsOfCells cells = new AsOfCells();
		try (Session session = this.driver.session()) {
			for (int depth : new int[] { 3, 6 }) {
				int d = depth;
				String up = "/api/v1/nodes/secure-std-1/lineage?depth=" + d;
				cells.add(new AsOfCells.Cell("lineage upstream secure-std-1, depth " + d, (i) -> api.get(up),
						(i) -> api.get(up + "&asOf=" + AS_OF),
						(i) -> LineageStatements.defaults(session, true, "secure-std-1", d, null),
						(i) -> LineageStatements.defaults(session, true, "secure-std-1", d, AS_OF)));
				String down = "/api/v1/nodes/g8-2005-declaration/lineage?direction=downstream&depth=" + d;
				cells.add(new AsOfCells.Cell("lineage downstream g8-2005-declaration, depth " + d, (i) -> api.get(down),
						(i) -> api.get(down + "&asOf=" + AS_OF),
						(i) -> LineageStatements.defaults(session, false, "g8-2005-declaration", d, null),
						(i) -> LineageStatements.defaults(session, false, "g8-2005-declaration", d, AS_OF)));
			}
			cells.add(new AsOfCells.Cell("derived g8-2005-declaration", (i) -> api.get("/api/v1/nodes/g8-2005-declaration/derived"),
					(i) -> api.get("/api/v1/nodes/g8-2005-declaration/derived?asOf=" + AS_OF),
					(i) -> LineageStatements.derived(session, "g8-2005-declaration", 6, null),
					(i) -> LineageStatements.derived(session, "g8-2005-declaration", 6, AS_OF)));
			cells.run(Integer.getInteger("benchmark.warm-up-calls", 1000), Integer.getInteger("benchmark.runs", 1000),
					Path.of("target/benchmark/as-of-bundled.md"), "As of " + AS_OF + " on the bundled corpus");
		}
	}

}
