package io.normgraph.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import io.normgraph.LongRunning;
import io.normgraph.corpus.CorpusFiles;
import io.normgraph.corpus.CorpusImporter;
import io.normgraph.corpus.ImportReport;

/**
 * A small synthetic corpus is valid for the importer (dry run against the test database),
 * has the promised shape, and is the same byte for byte for the same seed.
 */
@LongRunning
@SpringBootTest
class SyntheticCorpusGeneratorIT {

	@Autowired
	CorpusImporter importer;

	@TempDir
	Path root;

	@Test
	void importsCleanlyWithAboutThreeRelationshipsPerProvision() {
		new SyntheticCorpusGenerator(2_000, 42).write(this.root);
		ImportReport report = this.importer.dryRun(CorpusFiles.fromDirectory(this.root));
		assertThat(report.problems()).isEmpty();
		Map<String, Integer> rows = report.rows();
		assertThat(rows).containsEntry("nodes/Provision.csv", 2_000).containsEntry("nodes/Instrument.csv", 20)
			.containsEntry("nodes/Source.csv", 1)
			.containsKeys("nodes/Forum.csv", "nodes/Meeting.csv", "nodes/Decision.csv", "nodes/Actor.csv",
					"relationships/DERIVES_FROM.csv", "relationships/CROSS_REFERENCES.csv", "relationships/SUPPORTS.csv",
					"relationships/OPPOSES.csv", "relationships/MEMBER_OF.csv", "relationships/HELD_BY.csv");
		int relationships = rows.entrySet().stream().filter((e) -> e.getKey().startsWith("relationships/"))
			.mapToInt(Map.Entry::getValue).sum();
		assertThat(relationships).isBetween(5_400, 6_600);
	}

	@Test
	void theSameSeedWritesTheSameCorpusAndAnotherSeedAnother(@TempDir Path again, @TempDir Path other)
			throws IOException {
		new SyntheticCorpusGenerator(1_000, 7).write(this.root);
		new SyntheticCorpusGenerator(1_000, 7).write(again);
		new SyntheticCorpusGenerator(1_000, 8).write(other);
		assertThat(contents(again)).isEqualTo(contents(this.root));
		assertThat(contents(other)).isNotEqualTo(contents(this.root));
	}

	@Test
	void theCommandWritesIntoANewDirectoryAndRefusesAFullOne() {
		Path target = this.root.resolve("corpus");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
		PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
		String[] args = { "generate", target.toString(), "--provisions", "500", "--seed", "3" };
		assertThat(GenerateCommand.run(args, o, e)).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Generating 500 provisions (seed 3) into ").contains("Wrote ").contains("500 provisions, seed 3");
		assertThat(Files.exists(target.resolve("nodes/Provision.csv"))).isTrue();
		assertThat(GenerateCommand.run(args, o, e)).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not empty");
	}

	private static Map<String, List<String>> contents(Path directory) throws IOException {
		Map<String, List<String>> files = new TreeMap<>();
		try (Stream<Path> all = Files.walk(directory)) {
			for (Path file : all.filter(Files::isRegularFile).toList()) {
				files.put(directory.relativize(file).toString(), Files.readAllLines(file));
			}
		}
		return files;
	}

}
