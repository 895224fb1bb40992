package io.normgraph.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.normgraph.synthetic.PlantedReuseCorpus;
import io.normgraph.synthetic.SyntheticCorpusGenerator;

/**
 * What the detection index holds on the heap per provision and per character of text, the
 * figures {@link IndexMemory} estimates with: the heap retained by an index of each corpus
 * (used heap after a full collection, index built, minus before), on texts of two lengths: the
 * planted-reuse corpus (treaty-like texts, a median of 137 words) and the generated corpus of
 * the import benchmarks (8-23 words). Prints the retained bytes against the estimate.
 * {@code ./mvnw -o test -Pbenchmark -Dtest=ReuseIndexMemoryBenchmark -Dbenchmark.reuse.sizes=100000,300000}
 */
@Tag("benchmark")
class ReuseIndexMemoryBenchmark {

	@Test
	void retainedPerProvisionAndCharacter() throws IOException {
		List<String> rows = new ArrayList<>();
		rows.add("| corpus | provisions with text | characters | index retained, MiB | own estimate, MiB | IndexMemory's estimate, MiB | retained bytes a provision |");
		rows.add("|---|---:|---:|---:|---:|---:|---:|");
		for (String size : System.getProperty("benchmark.reuse.sizes", "100000").split(",")) {
			int provisions = Integer.parseInt(size.strip());
			PlantedReuseCorpus planted = new PlantedReuseCorpus(provisions, 0.2, 42);
			List<ProvisionText> texts = PlantedRun.provisions(planted);
			planted = null;
			rows.add(measure("planted reuse", texts));
			texts = null;
			Path corpus = Path.of("target/benchmark/corpus-" + provisions + "-42");
			if (!Files.isDirectory(corpus.resolve("nodes"))) {
				new SyntheticCorpusGenerator(provisions, 42).write(corpus);
			}
			rows.add(measure("generated", () -> provisionsOf(corpus.resolve("nodes/Provision.csv"))));
			System.out.println(rows.get(rows.size() - 2) + "\n" + rows.get(rows.size() - 1));
		}
		rows.forEach(System.out::println);
		assertThat(rows).hasSizeGreaterThan(2);
	}

	private static String measure(String name, Iterable<ProvisionText> provisions) {
		long characters = 0;
		long count = 0;
		for (ProvisionText provision : provisions) {
			if (provision.text() != null) {
				count++;
				characters += provision.text().length();
			}
		}
		long before = used();
		ReuseIndex index = new ReuseIndex(ReuseSettings.defaults());
		new ReuseDetector(ReuseSettings.defaults()).index(index, provisions);
		long retained = used() - before;
		long own = index.bytes();
		assertThat(index.provisions()).isEqualTo((int) count);
		return String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %,d | %,d | %,d |", name, count, characters,
				retained >> 20, own >> 20, IndexMemory.bytes(count, characters) >> 20, retained / count);
	}

	/** The generated corpus's provisions, read as they are needed (its texts are not held). */
	private static Iterator<ProvisionText> provisionsOf(Path csv) {
		try {
			Reader reader = Files.newBufferedReader(csv);
			Iterator<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(reader).iterator();
			return new Iterator<>() {
				@Override
				public boolean hasNext() {
					return records.hasNext();
				}

				@Override
				public ProvisionText next() {
					CSVRecord row = records.next();
					String id = row.get("id");
					return new ProvisionText(id, id.substring(0, id.lastIndexOf('-')), row.get("addedOn"), row.get("text"));
				}
			};
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static long used() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
