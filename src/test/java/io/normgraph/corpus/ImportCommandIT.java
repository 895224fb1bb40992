package io.normgraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.normgraph.NormgraphApplication;

/**
 * {@code java -jar normgraph.jar import DIR}: exit codes and what it prints, against a real
 * embedded database in a temporary directory.
 */
class ImportCommandIT {

	@TempDir
	Path data;

	@TempDir
	Path broken;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		String[] all = new String[args.length + 3];
		System.arraycopy(args, 0, all, 0, args.length);
		all[args.length] = "--normgraph.embedded.data-directory=" + this.data;
		all[args.length + 1] = "--normgraph.embedded.bolt-port=0";
		all[args.length + 2] = "--logging.level.root=warn";
		return ImportCommand.run(NormgraphApplication.class, all, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@Test
	void importsADirectoryThenReportsProblemsOfABrokenOneWithoutWriting() {
		assertThat(run("import", "import/examples/trips-provisional-measures")).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("nodes/Provision.csv: 2 rows")
			.contains("Imported: 3 new nodes, 2 new relationships.");

		new CorpusDirectory(this.broken).file("nodes/Actor.csv", "id,name,source,locator", "per,Peru,nowhere,IV");
		assertThat(run("import", this.broken.toString())).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.contains("nodes/Actor.csv:2 column 'source': 'nowhere' is neither in this corpus nor in the graph")
			.contains("1 problem(s); nothing was written.");
	}

	@Test
	void aMissingDirectoryIsAUsageErrorThatStartsNothing() {
		assertThat(run("import", "no/such/dir")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).startsWith("usage: java -jar normgraph.jar import DIRECTORY")
			.contains("no/such/dir is not a directory");
		assertThat(this.data).isEmptyDirectory();
	}

}
