package io.normgraph.synthetic;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The open CSV files of a corpus being written: one per label or type, each created with its
 * header on first use, with RFC 4180 quoting where a value needs it.
 */
final class CsvFiles implements Closeable {

	private final Path root;

	private final Map<String, BufferedWriter> open = new LinkedHashMap<>();

	private long rows;

	CsvFiles(Path root) {
		this.root = root;
	}

	/** Appends a row to {@code nodes/Label.csv} or {@code relationships/TYPE.csv}. */
	void row(String file, String header, Object... values) {
		try {
			BufferedWriter writer = this.open.get(file);
			if (writer == null) {
				Path path = this.root.resolve(file);
				Files.createDirectories(path.getParent());
				writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
				writer.write(header);
				writer.write('\n');
				this.open.put(file, writer);
			}
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					writer.write(',');
				}
				writer.write(quoted(String.valueOf(values[i])));
			}
			writer.write('\n');
			this.rows++;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes a whole text file, such as the corpus.yml. */
	static void text(Path file, String content) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, content, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	long rows() {
		return this.rows;
	}

	private static String quoted(String value) {
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}

	@Override
	public void close() {
		for (BufferedWriter writer : this.open.values()) {
			try {
				writer.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

}
