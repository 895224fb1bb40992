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
	void theUsersOwnJvmOptionsAreRelaunchedToo() {
		assertThat(Relaunch.wanted(SERVER, Map.of(), List.of("-Xmx1g"), null)).isTrue();
		assertThat(Relaunch.wanted(new String[] { "import", "dir" }, Map.of(), List.of("-Xmx2g", "-Dx=y"), null)).isTrue();
	}

	@Test
	void noRelaunchWhenAToolIsAttachedToThisJvm() {
		assertThat(Relaunch.wanted(SERVER, Map.of(), List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005"), null))
			.isFalse();
		assertThat(Relaunch.wanted(SERVER, Map.of(), List.of("-javaagent:/opt/agent.jar"), null)).isFalse();
		assertThat(Relaunch.wanted(SERVER, Map.of(), List.of("-XX:StartFlightRecording=filename=a.jfr"), null)).isFalse();
	}

	@Test
	void noRelaunchOfARelaunchedChild() {
		assertThat(Relaunch.wanted(SERVER, Map.of(), List.of(), "4242")).isFalse();
	}

	@Test
	void noRelaunchWhenTurnedOff() {
		assertThat(Relaunch.wanted(SERVER, Map.of("NORMGRAPH_RELAUNCH", "false"), List.of(), null)).isFalse();
		assertThat(Relaunch.wanted(SERVER, Map.of("NORMGRAPH_RELAUNCH", "true"), List.of(), null)).isTrue();
		assertThat(Relaunch.wanted(SERVER, Map.of(), List.of("-Xmx2g", "-Dnormgraph.relaunch=false"), null)).isFalse();
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

		List<String> command = Relaunch.command(fastStart, jar, new String[] { "--server.port=8081", "--x=a b" },
				Map.of("JAVA_OPTS", "-Xmx2g"), List.of());

		assertThat(command.get(0)).endsWith("java");
		assertThat(command).containsSubsequence(FastStart.COLLECTOR, FastStart.JIT, "-Xmx2g",
				"-Dnormgraph.relaunched=" + ProcessHandle.current().pid(), "-jar", jar.toString(), "--server.port=8081",
				"--x=a b");
	}

	@Test
	void theUsersJvmOptionsComeAfterOursAndReplaceThoseThatDecideTheSame(@TempDir Path directory) throws IOException {
		Path jar = Files.createFile(directory.resolve("normgraph.jar"));
		FastStart fastStart = new FastStart(jar);

		List<String> command = Relaunch.command(fastStart, jar, new String[] { "--server.port=0" }, Map.of(),
				List.of("-Xmx2g", "-XX:+UseParallelGC", "-Dspring.profiles.active=big"));

		assertThat(command).doesNotContain(FastStart.COLLECTOR)
			.containsSubsequence(FastStart.JIT, "-Xms32m", "-Xmx2g", "-XX:+UseParallelGC", "-Dspring.profiles.active=big",
					"-Dnormgraph.relaunched=" + ProcessHandle.current().pid(), "-jar", jar.toString(), "--server.port=0");
	}

}
