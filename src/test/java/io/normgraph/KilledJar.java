package io.normgraph;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.graphdb.GraphDatabaseService;

/**
 * What the kill tests share: the packaged jar started as a command of its own (1 GiB heap, a free
 * Bolt port, output merged), and a count read from the store it left once it is closed.
 */
public final class KilledJar {

	private KilledJar() {
	}

	/** {@code java -Xmx1g -jar normgraph.jar ARGS --normgraph.embedded.bolt-port=0}. */
	public static Process start(String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx1g", "-jar", System.getProperty("normgraph.jar")));
		command.addAll(List.of(args));
		command.add("--normgraph.embedded.bolt-port=0");
		return new ProcessBuilder(command).redirectErrorStream(true).start();
	}

	/** The single number a counting statement returns. */
	public static long count(GraphDatabaseService graph, String cypher) {
		return (long) graph.executeTransactionally(cypher, Map.of(), (result) -> result.next().values().iterator().next());
	}

}
