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
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The CSV files of a corpus, wherever they live: a directory, the classpath (the bundled
 * corpus inside the jar), or an uploaded archive.
 *
 * @param description where the corpus came from, for messages
 * @param files each file with its path relative to the corpus root, e.g. {@code nodes/Actor.csv}
 */
public record CorpusFiles(String description, List<CorpusFile> files) {

	/** One file: its path inside the corpus and a way to open it. */
	public record CorpusFile(String path, Opener opener) {

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

	/**
	 * The corpus in a directory with {@code nodes/} and {@code relationships/} sub-directories.
	 * @throws IllegalArgumentException when the directory holds neither
	 */
	public static CorpusFiles fromDirectory(Path directory) {
		if (!Files.isDirectory(directory)) {
			throw new IllegalArgumentException(directory + " is not a directory");
		}
		List<CorpusFile> files = new ArrayList<>();
		for (String sub : List.of(NODES, RELATIONSHIPS)) {
			Path folder = directory.resolve(sub);
			if (!Files.isDirectory(folder)) {
				continue;
			}
			try (Stream<Path> listing = Files.list(folder)) {
				listing.filter(Files::isRegularFile)
					.sorted(Comparator.comparing(Path::toString))
					.forEach((file) -> files.add(new CorpusFile(sub + file.getFileName(), () -> Files.newInputStream(file))));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		if (files.isEmpty()) {
			throw new IllegalArgumentException(directory + " has no files under nodes/ or relationships/");
		}
		return new CorpusFiles(directory.toString(), files);
	}

	/** The corpus under a classpath location such as {@code corpus/secure}. */
	public static CorpusFiles fromClasspath(String location) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		List<CorpusFile> files = new ArrayList<>();
		try {
			for (String sub : List.of(NODES, RELATIONSHIPS)) {
				Resource[] resources = resolver.getResources("classpath*:" + location + "/" + sub + "*.csv");
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
		return new CorpusFiles("classpath:" + location, files);
	}

	/** Most files a zipped corpus may hold. */
	static final int MAX_ZIP_ENTRIES = 1_000;

	/** Most bytes a zipped corpus may unpack to, whatever its compressed size (zip bombs). */
	static final long MAX_UNPACKED_BYTES = 512L * 1024 * 1024;

	/**
	 * The corpus in a zip archive: files under {@code nodes/} and {@code relationships/},
	 * optionally inside one top-level folder. Other entries (a README, macOS metadata) are
	 * ignored; entries that try to leave the archive's root are refused.
	 * @throws CorpusArchiveException when the archive is unreadable, unsafe or too large
	 */
	public static CorpusFiles fromZip(byte[] zip, String description) {
		List<CorpusFile> files = new ArrayList<>();
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
				byte[] content = readLimited(in, MAX_UNPACKED_BYTES - unpacked);
				unpacked += content.length;
				files.add(new CorpusFile(path, () -> new ByteArrayInputStream(content)));
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
		return new CorpusFiles(description, files);
	}

	/** {@code [folder/]nodes/X.csv} → {@code nodes/X.csv}; anything else → null. */
	private static String corpusPath(String name) {
		String[] parts = name.split("/");
		if (parts.length < 2 || parts.length > 3 || parts[parts.length - 1].startsWith("._")) {
			return null;
		}
		String folder = parts[parts.length - 2] + "/";
		return (folder.equals(NODES) || folder.equals(RELATIONSHIPS)) ? folder + parts[parts.length - 1] : null;
	}

	private static byte[] readLimited(InputStream in, long limit) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
			if (out.size() + read > limit) {
				throw new CorpusArchiveException(
						"the archive unpacks to more than " + MAX_UNPACKED_BYTES / (1024 * 1024) + " MiB");
			}
			out.write(buffer, 0, read);
		}
		return out.toByteArray();
	}

}
