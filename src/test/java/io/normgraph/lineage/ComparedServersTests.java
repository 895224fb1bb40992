package io.normgraph.lineage;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * How {@link ComparedServers} starts another build: its jar in a JVM of its own, against the
 * benchmark's database, with the entry's own arguments last so that they win.
 */
class ComparedServersTests {

	private static final URI BOLT = URI.create("bolt://127.0.0.1:7999");

	@Test
	void anEntryIsItsJarAgainstTheBenchmarksDatabaseWithItsArgumentsLast() {
		List<String> command = ComparedServers.command("big=/tmp/b.jar --normgraph.http.response-buffer=512KB  --x=1", BOLT,
				"512m", 8123, Path.of("/tmp/data"));
		assertThat(command.get(0)).endsWith("java");
		assertThat(command).containsSubsequence("-Xms512m", "-Xmx512m", "-Dnormgraph.relaunch=false", "-jar", "/tmp/b.jar",
				"--spring.neo4j.uri=bolt://127.0.0.1:7999", "--server.port=8123",
				"--normgraph.embedded.data-directory=/tmp/data");
		assertThat(command.subList(command.size() - 2, command.size())).containsExactly(
				"--normgraph.http.response-buffer=512KB", "--x=1");
		assertThat(ComparedServers.name(" big =/tmp/b.jar")).isEqualTo("big");
	}

	@Test
	void anEntryWithoutANameIsRefusedNamingIt() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ComparedServers.command("/tmp/b.jar", BOLT, "512m", 8123, Path.of("/tmp/data")))
			.withMessageContaining("'/tmp/b.jar' is not NAME=JAR");
	}

}
