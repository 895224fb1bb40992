package io.normgraph.corpus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The files of a corpus, wherever they live: a directory, the classpath (the bundled corpus
 * inside the jar), or an uploaded archive. A corpus is its {@code corpus.yml} (optional), its CSV
 * files under {@code nodes/} and {@code relationships/}, and its example queries under
 * {@code queries/}.
 *
 * @param description where the corpus came from, for messages
 * @param name the corpus's id when its corpus.yml gives none: the directory's name, or null
 * @param files each file with its path relative to the corpus root, e.g. {@code nodes/Actor.csv}
 */
public record CorpusFiles(String description, @Nullable String name, List<CorpusFile> files) {

	public static final String MANIFEST = "corpus.yml";

	/** The corpus.yml, if the corpus has one. */
	public Optional<CorpusFile> manifest() {
		return this.files.stream().filter((file) -> file.path().equals(MANIFEST)).findFirst();
	}

	/** The CSV files (and anything else under nodes/ and relationships/), in path order. */
	public List<CorpusFile> tables() {
		return this.files.stream()
			.filter((file) -> file.path().startsWith(NODES) || file.path().startsWith(RELATIONSHIPS))
			.toList();
	}

	/** The example queries ({@code queries/*.cypher}), in path order. */
	public List<CorpusFile> queries() {
		return this.files.stream().filter((file) -> file.path().startsWith(QUERIES)).toList();
	}

	/** One file: its path inside the corpus, a way to open it, and its size in bytes (-1: unknown). */
	public record CorpusFile(String path, Opener opener, long size) {

		public CorpusFile(String path, Opener opener) {
			this(path, opener, -1);
		}

		InputStream open() throws IOException {
			return this.opener.open();
		}

	}

	/** Opens a file's content. */
	@FunctionalInterface
	public interface Opener {

		InputStream open() throws IOException;

	}

	static final String NODES = "nodes/";

	static final String RELATIONSHIPS = "relationships/";

	static final String QUERIES = "queries/";

	private static final List<String> FOLDERS = List.of(NODES, RELATIONSHIPS, QUERIES);

	/**
	 * The corpus in a directory with {@code nodes/} and {@code relationships/} sub-directories.
	 * @throws IllegalArgumentException when the directory holds neither
	 */
	public static CorpusFiles fromDirectory(Path directory) {
		if (!Files.isDirectory(directory)) {
			throw new IllegalArgumentException(directory + " is not a directory");
		}
		List<CorpusFile> files = new ArrayList<>();
		Path manifest = directory.resolve(MANIFEST);
		if (Files.isRegularFile(manifest)) {
			files.add(new CorpusFile(MANIFEST, () -> Files.newInputStream(manifest)));
		}
		for (String sub : FOLDERS) {
			Path folder = directory.resolve(sub);
			if (!Files.isDirectory(folder)) {
				continue;
			}
			try (Stream<Path> listing = Files.list(folder)) {
				listing.filter(Files::isRegularFile)
					.sorted(Comparator.comparing(Path::toString))
					.forEach((file) -> files.add(new CorpusFile(sub + file.getFileName(), () -> Files.newInputStream(file), size(file))));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		if (files.stream().noneMatch((file) -> file.path().startsWith(NODES) || file.path().startsWith(RELATIONSHIPS))) {
			throw new IllegalArgumentException(directory + " has no files under nodes/ or relationships/");
		}
		Path folderName = directory.toAbsolutePath().normalize().getFileName();
		return new CorpusFiles(directory.toString(), (folderName != null) ? folderName.toString() : null, files);
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return -1;
		}
	}

	/** The corpus under a classpath location such as {@code corpus/secure}. */
	public static CorpusFiles fromClasspath(String location) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		List<CorpusFile> files = new ArrayList<>();
		try {
			Resource manifest = resolver.getResource("classpath:" + location + "/" + MANIFEST);
			if (manifest.exists()) {
				files.add(new CorpusFile(MANIFEST, manifest::getInputStream));
			}
			for (String sub : FOLDERS) {
				Resource[] resources = resolver.getResources("classpath*:" + location + "/" + sub + "*.*");
				Stream.of(resources)
					.sorted(Comparator.comparing(Resource::getFilename))
					.forEach((resource) -> files.add(new CorpusFile(sub + resource.getFilename(), resource::getInputStream)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (files.isEmpty()) {
			throw new IllegalArgumentException("No corpus on the classpath at " + location);
		}
		return new CorpusFiles("classpath:" + location, location.substring(location.lastIndexOf('/') + 1), files);
	}

	/** Most files a zipped corpus may hold. */
	static final int MAX_ZIP_ENTRIES = 1_000;

	/** Most bytes a zipped corpus may unpack to, whatever its compressed size (zip bombs). */
	static final long MAX_UNPACKED_BYTES = 512L * 1024 * 1024;

	/**
	 * The corpus in a zip archive: its corpus.yml and files under {@code nodes/},
	 * {@code relationships/} and {@code queries/}, optionally inside one top-level folder. Other entries (a README, macOS metadata) are
	 * ignored; entries that try to leave the archive's root are refused.
	 * @throws CorpusArchiveException when the archive is unreadable, unsafe or too large
	 */
	public static CorpusFiles fromZip(byte[] zip, String description) {
		return fromZip(zip, description, MAX_UNPACKED_BYTES);
	}

	/** {@link #fromZip(byte[], String)} with another unpack limit, a whole number of MiB (tests reach it). */
	static CorpusFiles fromZip(byte[] zip, String description, long maxUnpackedBytes) {
		List<CorpusFile> files = new ArrayList<>();
		TreeSet<String> folders = new TreeSet<>();
		long unpacked = 0;
		int entries = 0;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (++entries > MAX_ZIP_ENTRIES) {
					throw new CorpusArchiveException("the archive has more than " + MAX_ZIP_ENTRIES + " entries");
				}
				String name = entry.getName().replace('\\', '/');
				if (name.startsWith("/") || List.of(name.split("/")).contains("..")) {
					throw new CorpusArchiveException("the archive entry '" + name + "' points outside the archive");
				}
				String path = corpusPath(name);
				if (entry.isDirectory() || path == null) {
					continue;
				}
				String[] parts = name.split("/");
				folders.add((parts.length == 3 || (parts.length == 2 && path.equals(MANIFEST))) ? parts[0] : "");
				byte[] content = readLimited(in, maxUnpackedBytes - unpacked, maxUnpackedBytes);
				unpacked += content.length;
				files.add(new CorpusFile(path, () -> new ByteArrayInputStream(content), content.length));
			}
		}
		catch (ZipException ex) {
			throw new CorpusArchiveException("not a readable zip archive (" + ex.getMessage() + ")");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (files.isEmpty()) {
			throw new CorpusArchiveException("the archive has no files under nodes/ or relationships/");
		}
		files.sort(Comparator.comparing(CorpusFile::path));
		// A zip of one folder names the corpus after it, as a directory would.
		String folder = (folders.size() == 1 && !folders.first().isEmpty()) ? folders.first() : null;
		return new CorpusFiles(description, folder, files);
	}

	/** {@code [folder/]nodes/X.csv} → {@code nodes/X.csv}, {@code [folder/]corpus.yml} → itself; anything else → null. */
	private static @Nullable String corpusPath(String name) {
		String[] parts = name.split("/");
		String file = parts[parts.length - 1];
		if (file.startsWith("._") || parts.length > 3) {
			return null;
		}
		if (file.equals(MANIFEST) && (parts.length == 1 || (parts.length == 2 && !FOLDERS.contains(parts[0] + "/")))) {
			return MANIFEST;
		}
		if (parts.length < 2) {
			return null;
		}
		String folder = parts[parts.length - 2] + "/";
		return FOLDERS.contains(folder) ? folder + file : null;
	}

	/** The entry's bytes, if they fit in {@code left} of the archive's {@code limit}. */
	private static byte[] readLimited(InputStream in, long left, long limit) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
			if (out.size() + read > left) {
				throw new CorpusArchiveException("the archive unpacks to more than " + limit / (1024 * 1024) + " MiB");
			}
			out.write(buffer, 0, read);
		}
		return out.toByteArray();
	}

}
