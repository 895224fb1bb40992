package io.normgraph.synthetic;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The open CSV files of a corpus being written: one per label or type, each created with its
 * header on first use, quoted by commons-csv (RFC 4180, the format the importer reads) where a
 * value needs it.
 */
final class CsvFiles implements Closeable {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

	private final Path root;

	private final Map<String, CSVPrinter> open = new LinkedHashMap<>();

	private long rows;

	CsvFiles(Path root) {
		this.root = root;
	}

	/** Appends a row to {@code nodes/Label.csv} or {@code relationships/TYPE.csv}. */
	void row(String file, String header, Object... values) {
		try {
			CSVPrinter printer = this.open.get(file);
			if (printer == null) {
				Path path = this.root.resolve(file);
				Files.createDirectories(path.getParent());
				printer = FORMAT.print(Files.newBufferedWriter(path, StandardCharsets.UTF_8));
				printer.printRecord((Object[]) header.split(","));
				this.open.put(file, printer);
			}
			printer.printRecord(values);
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

	@Override
	public void close() {
		for (CSVPrinter printer : this.open.values()) {
			try {
				printer.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

}
