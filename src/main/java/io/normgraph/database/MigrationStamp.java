package io.normgraph.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What the last successful migration run left in an embedded store's data directory: the
 * store's database id and a digest of the migration files it applied. Profiled, checking the
 * migrations of an already migrated store was the longest step of the import command's start
 * (the library plans its own statements cold over Bolt, takes and releases a lock node in two
 * write transactions, and reads the chain back): a store whose stamp names its own database id
 * and this jar's migration files has every one of them, so the check is skipped. Anything else
 * (no stamp, another store copied in, a migration file added or changed, an external database)
 * runs the migrations as before, and a successful run stamps the store again.
 *
 * @param databaseId the database the migrations ran against (Neo4j's id, new for every store)
 * @param migrations digest of the migration files' names and contents
 */
record MigrationStamp(String databaseId, String migrations) {

	/** The file, in the data directory, next to the store's own directories. */
	static final String FILE = "normgraph-migrations";

	/** The stamp of this jar's migration files on this store, or null where there is nothing to stamp (Java migrations). */
	static @Nullable MigrationStamp of(String databaseId, String[] locations, String[] packages, ResourceLoader loader) {
		if (packages.length > 0) {
			return null; // Java-based migrations cannot be read as files
		}
		return new MigrationStamp(databaseId, digest(locations, loader));
	}

	/** The stamp found in the data directory, or null when there is none or it cannot be read. */
	static @Nullable MigrationStamp read(Path dataDirectory) {
		Path file = dataDirectory.resolve(FILE);
		try {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			return (lines.size() == 2) ? new MigrationStamp(lines.get(0), lines.get(1)) : null;
		}
		catch (IOException ex) {
			return null;
		}
	}

	/** Written once the migrations succeeded; a half-written stamp is never seen (written aside, then moved). */
	void write(Path dataDirectory) {
		Path file = dataDirectory.resolve(FILE);
		Path aside = dataDirectory.resolve(FILE + ".new");
		try {
			Files.writeString(aside, this.databaseId + "\n" + this.migrations + "\n", StandardCharsets.UTF_8);
			Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not record the applied migrations in " + file, ex);
		}
	}

	/** Removed before the migrations run, so that a run that fails half-way leaves no stamp behind. */
	static void remove(Path dataDirectory) {
		try {
			Files.deleteIfExists(dataDirectory.resolve(FILE));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** SHA-256 over every migration file's location-relative name and bytes, in name order. */
	static String digest(String[] locations, ResourceLoader loader) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(loader);
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String location : locations) {
				String pattern = location.startsWith("classpath:") ? "classpath*:" + location.substring("classpath:".length())
						: location;
				Resource[] files = resolver.getResources(pattern + "/**/*");
				Arrays.sort(files, Comparator.comparing((Resource file) -> Objects.toString(file.getFilename(), "")));
				for (Resource file : files) {
					if (!file.isReadable() || file.getURL().getPath().endsWith("/")) {
						continue;
					}
					digest.update(location.getBytes(StandardCharsets.UTF_8));
					digest.update(Objects.toString(file.getFilename(), "").getBytes(StandardCharsets.UTF_8));
					try (InputStream in = file.getInputStream()) {
						digest.update(in.readAllBytes());
					}
				}
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
