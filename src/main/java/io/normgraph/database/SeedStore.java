package io.normgraph.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.util.FileSystemUtils;

/**
 * A first start's database made once per build instead of once per data directory. The fast
 * start's training run (io.normgraph.launch.FastStart, bin/normgraph) is a real first start of
 * this jar: it creates the store, applies the migrations and imports the bundled corpus, then
 * stops cleanly. Its store is kept as the seed ({@code normgraph.embedded.seed}); a first start
 * on an empty data directory that would load the bundled corpus copies the seed (a few MB)
 * instead of doing that work again, which was most of what a first start cost over a restart.
 * Everything after (migrations, the search index reconciliation, the bundled corpus check)
 * runs as at any restart, so a seed that is behind the jar would be brought up to date.
 */
final class SeedStore {

	private static final Log logger = LogFactory.getLog(SeedStore.class);

	/** The store's own logs stay with the training run. */
	private static final String LOGS = "logs";

	private SeedStore() {
	}

	/**
	 * Copies the seed into the (empty) data directory.
	 * @return whether it did; on any failure the directory is emptied again and the start goes
	 * on as a first start without a seed
	 */
	static boolean copy(Path seed, Path dataDirectory) {
		if (!Files.isDirectory(seed.resolve("data"))) {
			return false;
		}
		try {
			Files.walkFileTree(seed, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes)
						throws IOException {
					Path relative = seed.relativize(directory);
					if (relative.toString().equals(LOGS)) {
						return FileVisitResult.SKIP_SUBTREE;
					}
					Files.createDirectories(dataDirectory.resolve(relative.toString()));
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
					Files.copy(file, dataDirectory.resolve(seed.relativize(file).toString()),
							StandardCopyOption.COPY_ATTRIBUTES);
					return FileVisitResult.CONTINUE;
				}

			});
			logger.info("First start on an empty database: the store, with its migrations and the bundled corpus,"
					+ " copied from the fast start's seed " + seed);
			return true;
		}
		catch (IOException | UncheckedIOException ex) {
			logger.info("The fast start's seed " + seed + " could not be copied (" + ex.getMessage()
					+ "); creating the store instead");
			empty(dataDirectory);
			return false;
		}
	}

	private static void empty(Path directory) {
		try (Stream<Path> entries = Files.list(directory)) {
			entries.forEach((entry) -> {
				try {
					FileSystemUtils.deleteRecursively(entry);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
