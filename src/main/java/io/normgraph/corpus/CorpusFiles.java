package io.normgraph.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

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

}
