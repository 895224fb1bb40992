package io.normgraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * The packaged jar's import command, killed (SIGKILL) while it stages a large corpus: at the
 * next start the staged nodes are removed and the graph holds none of that corpus, only what
 * was there before.
 */
class ImportKillIT {

	private static final int PROVISIONS = 150_000;

	@TempDir
	Path work;

	@Test
	@Timeout(value = 10, unit = TimeUnit.MINUTES)
	void aKillInTheMiddleOfAnImportLeavesTheGraphAsItWas() throws Exception {
		Path corpus = largeCorpus(this.work.resolve("corpus"));
		Path data = this.work.resolve("data");
		Process process = new ProcessBuilder(javaExecutable(), "-jar", System.getProperty("normgraph.jar"), "import",
				corpus.toString(), "--normgraph.embedded.data-directory=" + data, "--normgraph.embedded.bolt-port=0")
			.redirectErrorStream(true)
			.start();
		boolean writing = false;
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = out.readLine(); line != null; line = out.readLine()) {
				if (line.contains("Importing " + corpus) && line.contains("rows written")) {
					writing = true;
					break;
				}
			}
			assertThat(writing).as("the import reached its write phase").isTrue();
			process.destroyForcibly();
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		}
		Process restart = new ProcessBuilder(javaExecutable(), "-jar", System.getProperty("normgraph.jar"), "import",
				"import/examples/trips-provisional-measures", "--dry-run", "--normgraph.embedded.data-directory=" + data,
				"--normgraph.embedded.bolt-port=0")
			.redirectErrorStream(true)
			.start();
		String restarted = new String(restart.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(restart.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(restarted).as("the next start removed what the killed import had staged")
			.containsPattern("Removed [1-9][0-9]* staged nodes of an import that did not finish");
		DatabaseManagementService database = new DatabaseManagementServiceBuilder(data)
			.setConfig(BoltConnector.enabled, false)
			.build();
		try {
			var graph = database.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			long synthetic = (long) graph.executeTransactionally(
					"MATCH (n:Entity) WHERE n.id STARTS WITH 'kill-test-' RETURN count(n) AS c", java.util.Map.of(),
					(result) -> result.next().get("c"));
			long bundled = (long) graph.executeTransactionally("MATCH (n:Entity {source: 'li-2008'}) RETURN count(n) AS c",
					java.util.Map.of(), (result) -> result.next().get("c"));
			long staged = (long) graph.executeTransactionally("MATCH (n:__Staged) RETURN count(n) AS c",
					java.util.Map.of(), (result) -> result.next().get("c"));
			assertThat(synthetic).isZero();
			assertThat(staged).isZero();
			assertThat(bundled).as("the bundled corpus, committed before the import began").isGreaterThan(200);
		}
		finally {
			database.shutdown();
		}
	}

	private static Path largeCorpus(Path root) throws IOException {
		Files.createDirectories(root.resolve("nodes"));
		Files.createDirectories(root.resolve("relationships"));
		try (PrintWriter nodes = new PrintWriter(Files.newBufferedWriter(root.resolve("nodes/Provision.csv")));
				PrintWriter edges = new PrintWriter(Files.newBufferedWriter(root.resolve("relationships/PART_OF.csv")))) {
			nodes.println("id,name,source,locator,number");
			edges.println("from,to,source,locator");
			for (int i = 0; i < PROVISIONS; i++) {
				nodes.println("kill-test-" + i + ",Synthetic provision " + i + ",li-2008,synthetic," + i);
				edges.println("kill-test-" + i + ",trips,li-2008,synthetic");
			}
		}
		return root;
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
