package io.normgraph.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast start's options and where its files live; preparing them (a training start) is
 * RelaunchIT's.
 */
class FastStartTests {

	private static final String[] NO_ARGS = {};

	@TempDir
	Path directory;

	@Test
	void defaultsAreTheSerialCollectorTheClientCompilerAndASmallGrowingHeap() throws IOException {
		FastStart fastStart = new FastStart(Files.createFile(this.directory.resolve("normgraph.jar")));

		assertThat(fastStart.options(Map.of(), NO_ARGS)).containsExactly(FastStart.COLLECTOR, FastStart.JIT, "-Xms32m",
				"-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40");
	}

	@Test
	void theBatchCommandsKeepTheJvmsOwnCollectorAndHeapAndTheArchive() throws IOException {
		FastStart fastStart = new FastStart(Files.createFile(this.directory.resolve("normgraph.jar")));
		Files.createDirectories(this.directory.resolve("normgraph-cds"));
		Files.createFile(this.directory.resolve("normgraph-cds/normgraph.jsa"));
		String archive = "-XX:SharedArchiveFile=" + this.directory.resolve("normgraph-cds/normgraph.jsa");

		assertThat(fastStart.options(Map.of("JAVA_OPTS", "-Xmx2g"), new String[] { "import", "corpus" }))
			.containsExactly(archive, "-Xmx2g");
		assertThat(fastStart.options(Map.of("JAVA_OPTS", "-Xmx2g"), new String[] { "reuse" }))
			.containsExactly(FastStart.JIT, archive, "-Xmx2g");
		assertThat(fastStart.options(Map.of("NORMGRAPH_JIT", "full"), new String[] { "reuse" })).containsExactly(archive);
		assertThat(fastStart.options(Map.of(), new String[] { "generate", "corpus" })).contains(FastStart.COLLECTOR,
				FastStart.JIT, "-Xms32m");
	}

	@Test
	void javaOptsComeLastAndACollectorNamedThereReplacesTheSerialOne() throws IOException {
		FastStart fastStart = new FastStart(Files.createFile(this.directory.resolve("normgraph.jar")));

		assertThat(fastStart.options(Map.of("JAVA_OPTS", " -Xmx4g  -XX:+UseParallelGC "), NO_ARGS)).doesNotContain(FastStart.COLLECTOR)
			.endsWith("-Xmx4g", "-XX:+UseParallelGC");
		assertThat(fastStart.options(Map.of("NORMGRAPH_JIT", "full"), NO_ARGS)).doesNotContain(FastStart.JIT)
			.contains(FastStart.COLLECTOR);
	}

	@Test
	void theArchiveAndTheSeedAreUsedOnceMadeNextToTheJar() throws IOException {
		FastStart fastStart = new FastStart(Files.createFile(this.directory.resolve("normgraph.jar")));
		Path files = Files.createDirectories(this.directory.resolve("normgraph-cds"));
		Files.createFile(files.resolve("normgraph.jsa"));
		Files.createDirectories(files.resolve("seed"));

		assertThat(fastStart.options(Map.of(), NO_ARGS)).contains("-XX:SharedArchiveFile=" + files.resolve("normgraph.jsa"),
				"-Dnormgraph.embedded.seed=" + files.resolve("seed"));
		assertThat(fastStart.application()).isEqualTo(files.resolve("normgraph.jar"));
	}

	@Test
	void filesOlderThanTheJarAreNotPrepared() throws IOException {
		Path jar = Files.createFile(this.directory.resolve("normgraph.jar"));
		FastStart fastStart = new FastStart(jar);
		Path files = Files.createDirectories(this.directory.resolve("normgraph-cds"));
		Files.createFile(files.resolve("normgraph.jar"));
		Path prepared = Files.createFile(files.resolve("prepared"));
		Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
		Files.setLastModifiedTime(prepared, FileTime.from(Instant.parse("2026-01-02T00:00:00Z")));

		assertThat(fastStart.isPrepared()).isTrue();

		Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-03T00:00:00Z")));

		assertThat(fastStart.isPrepared()).isFalse();
	}

}
