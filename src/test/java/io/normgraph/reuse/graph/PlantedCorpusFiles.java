package io.normgraph.reuse.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import io.normgraph.corpus.CorpusFiles;
import io.normgraph.synthetic.PlantedReuseCorpus;

/**
 * A slice of a {@link PlantedReuseCorpus} written as import files (one directory per corpus,
 * named by its id): its instruments with their dates as {@code adoptedOn}, its provisions with
 * their texts, each provision {@code PART_OF} its instrument, and a Source node of its own. The
 * importer reads them as any corpus.
 */
final class PlantedCorpusFiles {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

	private PlantedCorpusFiles() {
	}

	/** The first index at or after {@code at} where a new instrument begins (the list's size if none does). */
	static int instrumentBoundary(List<PlantedReuseCorpus.Provision> provisions, int at) {
		int cut = Math.min(at, provisions.size());
		while (cut > 0 && cut < provisions.size()
				&& provisions.get(cut).instrument().equals(provisions.get(cut - 1).instrument())) {
			cut++;
		}
		return cut;
	}

	/** Writes {@code provisions} (whole instruments) as the corpus {@code id} under {@code root}. */
	static CorpusFiles write(Path root, String id, List<PlantedReuseCorpus.Provision> provisions) {
		Path dir = root.resolve(id);
		String source = id + "-source";
		Map<String, String> instruments = new LinkedHashMap<>();
		provisions.forEach((p) -> instruments.putIfAbsent(p.instrument(), (p.date() != null) ? p.date() : ""));
		try {
			Files.createDirectories(dir.resolve("nodes"));
			Files.createDirectories(dir.resolve("relationships"));
			try (CSVPrinter csv = printer(dir.resolve("nodes/Source.csv"), "id", "name", "source", "locator")) {
				csv.printRecord(source, "Planted-reuse corpus " + id, source, id);
			}
			try (CSVPrinter csv = printer(dir.resolve("nodes/Instrument.csv"), "id", "name", "source", "locator",
					"adoptedOn")) {
				for (Map.Entry<String, String> instrument : instruments.entrySet()) {
					csv.printRecord(instrument.getKey(), "Instrument " + instrument.getKey(), source, instrument.getKey(),
							instrument.getValue());
				}
			}
			try (CSVPrinter csv = printer(dir.resolve("nodes/Provision.csv"), "id", "name", "source", "locator", "text");
					CSVPrinter partOf = printer(dir.resolve("relationships/PART_OF.csv"), "from", "to", "source",
							"locator")) {
				for (PlantedReuseCorpus.Provision p : provisions) {
					csv.printRecord(p.id(), "Provision " + p.id(), source, p.id(), p.text());
					partOf.printRecord(p.id(), p.instrument(), source, p.id());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return CorpusFiles.fromDirectory(dir);
	}

	private static CSVPrinter printer(Path file, String... header) throws IOException {
		CSVPrinter printer = FORMAT.print(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
		printer.printRecord((Object[]) header);
		return printer;
	}

}
