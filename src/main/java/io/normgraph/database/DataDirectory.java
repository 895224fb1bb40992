package io.normgraph.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks the data directory before Neo4j touches it, so that a bad path fails with a message
 * naming it rather than deep inside the store's start-up.
 */
final class DataDirectory {

	private DataDirectory() {
	}

	static void prepare(Path directory) {
		Path absolute = directory.toAbsolutePath();
		try {
			Files.createDirectories(absolute);
			Path probe = Files.createTempFile(absolute, ".normgraph-write-check", ".tmp");
			Files.delete(probe);
		}
		catch (IOException | SecurityException ex) {
			throw new DataDirectoryException(absolute, ex);
		}
	}

	/** The data directory cannot be created or written. */
	static class DataDirectoryException extends RuntimeException {

		private final Path directory;

		DataDirectoryException(Path directory, Exception cause) {
			super("Data directory " + directory + " is not a writable directory (" + cause + ")", cause);
			this.directory = directory;
		}

		Path directory() {
			return this.directory;
		}

	}

}
