package io.normgraph.database;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Checks the data directory before Neo4j touches it, so that a bad path fails with a message
 * naming it rather than deep inside the store's start-up.
 */
final class DataDirectory {

	private DataDirectory() {
	}

	/**
	 * Creates the directory if need be and checks it can be written.
	 * @return whether it was absent or empty: this start creates the store
	 */
	static boolean prepare(Path directory) {
		Path absolute = directory.toAbsolutePath();
		try {
			boolean fresh = !Files.isDirectory(absolute) || isEmpty(absolute);
			Files.createDirectories(absolute);
			Path probe = Files.createTempFile(absolute, ".normgraph-write-check", ".tmp");
			Files.delete(probe);
			return fresh;
		}
		catch (IOException | SecurityException ex) {
			throw new DataDirectoryException(absolute, ex);
		}
	}

	private static boolean isEmpty(Path directory) throws IOException {
		try (var entries = Files.list(directory)) {
			return entries.findAny().isEmpty();
		}
	}

	/** The data directory cannot be created or written. */
	static class DataDirectoryException extends RuntimeException {

		private final Path directory;

		DataDirectoryException(Path directory, Exception cause) {
			super("The data directory " + directory + " cannot be created or written: " + reason(directory, cause),
					cause);
			this.directory = directory;
		}

		private static String reason(Path directory, Exception cause) {
			if (cause instanceof AccessDeniedException ex) {
				return "permission denied" + where(directory, ex.getFile());
			}
			if (cause instanceof FileAlreadyExistsException ex) {
				return "a file that is not a directory is in the way" + where(directory, ex.getFile());
			}
			if (cause instanceof FileSystemException ex && ex.getReason() != null) {
				return ex.getReason().toLowerCase(Locale.ROOT) + where(directory, ex.getFile());
			}
			return String.valueOf(cause);
		}

		private static String where(Path directory, @Nullable String file) {
			return (file != null && !directory.toString().equals(file)) ? " (" + file + ")" : "";
		}

		Path directory() {
			return this.directory;
		}

	}

}
