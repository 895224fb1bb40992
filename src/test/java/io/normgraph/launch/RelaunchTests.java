package io.normgraph.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When {@code java -jar normgraph.jar} relaunches itself, and the child's command line.
 */
class RelaunchTests {

	private static final String[] SERVER = {};

	@Test
	void plainJavaJarRelaunchesTheServerAndTheDatabaseCommands() {
		assertThat(Relaunch.wanted(SERVER, Map.of(), List.of(), null)).isTrue();
		assertThat(Relaunch.wanted(new String[] { "import", "dir" }, Map.of(), List.of(), null)).isTrue();
		assertThat(Relaunch.wanted(new String[] { "reuse" }, Map.of(), List.of(), null)).isTrue();
	}

	@Test
	void noRelaunchWithJvmOptionsOfTheUsersOwn() {
		assertThat(Relaunch.wanted(SERVER, Map.of(), List.of("-Xmx1g"), null)).isFalse();
	}

	@Test
	void noRelaunchOfARelaunchedChild() {
		assertThat(Relaunch.wanted(SERVER, Map.of(), List.of(), "4242")).isFalse();
	}

	@Test
	void noRelaunchWhenTurnedOff() {
		assertThat(Relaunch.wanted(SERVER, Map.of("NORMGRAPH_RELAUNCH", "false"), List.of(), null)).isFalse();
		assertThat(Relaunch.wanted(SERVER, Map.of("NORMGRAPH_RELAUNCH", "true"), List.of(), null)).isTrue();
	}

	@Test
	void noRelaunchForGenerateWhichStartsNoDatabase() {
		assertThat(Relaunch.wanted(new String[] { "generate", "dir" }, Map.of(), List.of(), null)).isFalse();
	}

	@Test
	void theChildGetsTheFastStartOptionsItsParentsPidThenTheJarAndTheArguments(@TempDir Path directory)
			throws IOException {
		Path jar = Files.createFile(directory.resolve("normgraph.jar"));
		FastStart fastStart = new FastStart(jar);

		List<String> command = Relaunch.command(fastStart, jar, new String[] { "import", "my corpus" },
				Map.of("JAVA_OPTS", "-Xmx2g"));

		assertThat(command.get(0)).endsWith("java");
		assertThat(command).containsSubsequence(FastStart.COLLECTOR, FastStart.JIT, "-Xmx2g",
				"-Dnormgraph.relaunched=" + ProcessHandle.current().pid(), "-jar", jar.toString(), "import",
				"my corpus");
	}

}
