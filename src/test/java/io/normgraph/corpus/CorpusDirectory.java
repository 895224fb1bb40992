package io.normgraph.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes small corpora for tests: {@code file("nodes/Actor.csv", "id,name,…", "…")}.
 */
final class CorpusDirectory {

	private final Path root;

	CorpusDirectory(Path root) {
		this.root = root;
	}

	CorpusDirectory file(String path, String... lines) {
		return bytes(path, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
	}

	CorpusDirectory bytes(String path, byte[] content) {
		try {
			Path file = this.root.resolve(path);
			Files.createDirectories(file.getParent());
			Files.write(file, content);
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	CorpusFiles files() {
		return CorpusFiles.fromDirectory(this.root);
	}

	Path root() {
		return this.root;
	}

	/** The id a corpus in this directory gets without a corpus.yml: the directory's name. */
	static String id(Path root) {
		return io.normgraph.schema.Ids.slug(root.getFileName().toString());
	}

}
