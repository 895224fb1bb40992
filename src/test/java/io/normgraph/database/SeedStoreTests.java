package io.normgraph.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast start's seed is copied into an empty data directory without its logs; a seed that is
 * not a store is not copied. (A first start on a real seed is RelaunchIT's.)
 */
class SeedStoreTests {

	@TempDir
	Path root;

	@Test
	void theStoreIsCopiedWithoutTheTrainingRunsLogs() throws IOException {
		Path seed = this.root.resolve("seed");
		Files.createDirectories(seed.resolve("data/databases/neo4j"));
		Files.writeString(seed.resolve("data/databases/neo4j/neostore"), "store");
		Files.writeString(seed.resolve("data/server_id"), "id");
		Files.createDirectories(seed.resolve("logs"));
		Files.writeString(seed.resolve("logs/debug.log"), "training");
		Path data = Files.createDirectories(this.root.resolve("data"));

		assertThat(SeedStore.copy(seed, data)).isTrue();

		assertThat(data.resolve("data/databases/neo4j/neostore")).hasContent("store");
		assertThat(data.resolve("data/server_id")).hasContent("id");
		assertThat(data.resolve("logs")).doesNotExist();
	}

	@Test
	void aSeedWithoutAStoreIsNotCopied() throws IOException {
		Path seed = Files.createDirectories(this.root.resolve("seed/logs"));
		Path data = Files.createDirectories(this.root.resolve("data"));

		assertThat(SeedStore.copy(seed.getParent(), data)).isFalse();
		assertThat(SeedStore.copy(this.root.resolve("absent"), data)).isFalse();

		try (var entries = Files.list(data)) {
			assertThat(entries).isEmpty();
		}
	}

}
