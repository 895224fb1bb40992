package io.normgraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.normgraph.LongRunning;
import io.normgraph.NormgraphApplication;

/**
 * {@code java -jar normgraph.jar import DIR} and {@code remove ID}: exit codes and what they
 * print, against a real embedded database in a temporary directory. Neither loads the bundled
 * corpus, and a dry run on a fresh directory leaves nothing behind.
 */
@LongRunning
class ImportCommandIT {

	@TempDir
	Path data;

	@TempDir
	Path corpus;

	@TempDir
	Path broken;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(Path data, String... args) {
		String[] all = new String[args.length + 3];
		System.arraycopy(args, 0, all, 0, args.length);
		all[args.length] = "--normgraph.embedded.data-directory=" + data;
		all[args.length + 1] = "--normgraph.embedded.bolt-port=0";
		all[args.length + 2] = "--logging.level.root=warn";
		return ImportCommand.run(NormgraphApplication.class, all, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@Test
	void importsReImportsAndRemovesACorpusAndNeverTheBundledOne() {
		new CorpusDirectory(this.corpus).file("corpus.yml", "id: small", "name: A small corpus")
			.file("nodes/Source.csv", "id,name,source,locator", "notes,Notes,notes,all")
			.file("nodes/Actor.csv", "id,name,source,locator", "per,Peru,notes,p. 1", "chl,Chile,notes,p. 2");
		assertThat(run(this.data, "import", this.corpus.toString())).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("nodes/Actor.csv: 2 rows")
			.contains("Imported corpus small: nodes 3 created, 0 changed, 0 unchanged, 0 removed; relationships 0 created");

		new CorpusDirectory(this.corpus).file("nodes/Actor.csv", "id,name,source,locator", "per,Peru,notes,p. 1");
		assertThat(run(this.data, "import", this.corpus.toString(), "--dry-run")).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8))
			.contains("It would import corpus small: nodes 0 created, 0 changed, 2 unchanged, 1 removed");
		assertThat(run(this.data, "remove", "small")).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8))
			.contains("Removed corpus small: nodes 0 created, 0 changed, 0 unchanged, 3 removed");
		assertThat(run(this.data, "remove", "small")).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("No corpus with id 'small'");
	}

	@Test
	void reportsEveryProblemOfABrokenCorpusWithoutWriting() {
		new CorpusDirectory(this.broken).file("nodes/Actor.csv", "id,name,source,locator", "per,Peru,nowhere,IV");
		assertThat(run(this.data, "import", this.broken.toString())).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.contains("nodes/Actor.csv:2 column 'source': 'nowhere' is neither in this corpus nor in the graph")
			.contains("1 problem(s); nothing was written.");
	}

	@Test
	void aDryRunOnAFreshDirectoryLeavesNothingBehind() {
		Path fresh = this.data.resolve("fresh");
		assertThat(run(fresh, "import", "import/examples/fictional-trade", "--dry-run")).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.as("without the bundled corpus, its TRIPS articles are unknown")
			.contains("'trips-art-51' is neither in this corpus nor in the graph");
		assertThat(fresh).doesNotExist();
	}

	@Test
	void aMissingDirectoryIsAUsageErrorThatStartsNothing() {
		assertThat(run(this.data, "import", "no/such/dir")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).startsWith("usage: java -jar normgraph.jar import DIRECTORY")
			.contains("no/such/dir is not a directory");
		assertThat(this.data).isEmptyDirectory();
	}

}
