package io.normgraph.reuse.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.normgraph.NormgraphApplication;
import io.normgraph.corpus.ImportCommand;

/**
 * {@code java -jar normgraph.jar reuse [--corpus=ID]} against a real embedded database in a
 * temporary directory: exit codes, progress, timings and the summary.
 */
// Alone: it reads the commands' log lines from System.out, and a context that another class starts
// in parallel reconfigures the logging this output depends on.
@org.junit.jupiter.api.parallel.Isolated
class ReuseCommandIT {

	@TempDir
	Path data;

	@TempDir
	Path corpus;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(boolean reuse, String... args) {
		String[] all = new String[args.length + 3];
		System.arraycopy(args, 0, all, 0, args.length);
		all[args.length] = "--normgraph.embedded.data-directory=" + this.data;
		all[args.length + 1] = "--normgraph.embedded.bolt-port=0";
		all[args.length + 2] = "--logging.level.root=warn";
		PrintStream out = new PrintStream(this.out, true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(this.err, true, StandardCharsets.UTF_8);
		return reuse ? ReuseCommand.run(NormgraphApplication.class, all, out, err)
				: ImportCommand.run(NormgraphApplication.class, all, out, err);
	}

	@Test
	void sayWhenThereIsNothingThenFindsAndKeepsReuseWithProgressAndTimings() {
		assertThat(run(true, "reuse")).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("No provisions in the graph: nothing to compare");

		new ReuseCorpus().write(this.corpus);
		assertThat(run(false, "import", this.corpus.resolve(ReuseCorpus.ID).toString())).isZero();
		this.out.reset();
		assertThat(run(true, "reuse")).isZero();
		// The first line says the run began, before its first read of the graph.
		assertThat(this.out.toString(StandardCharsets.UTF_8)).startsWith("reading provisions…" + System.lineSeparator()
				+ "indexing provisions…")
			.contains("comparing: 5 of 5 provisions, 2 findings")
			.contains("Read 5 provisions (0 without text, 0 too short, 0 truncated); compared 5;")
			.containsPattern("Timings: index [0-9.]+ s, compare [0-9.]+ s, write [0-9.]+ s, total [0-9.]+ s\\.")
			.containsPattern("Run reuse-run-[0-9-]+: kept 2 provision-level and 2 instrument-level reuse relationships\\.");

		this.out.reset();
		assertThat(run(true, "reuse", "--corpus", ReuseCorpus.ID)).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("for corpus " + ReuseCorpus.ID);

		// The user's boilerplate floor reaches the run: at 1, a shingle in two provisions is boilerplate, so the copies are not reuse.
		this.out.reset();
		assertThat(run(true, "reuse", "--normgraph.reuse.boilerplate-min-provisions=1")).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8))
			.containsPattern("compared 5; 0 candidate pairs; [1-9][0-9]* boilerplate shingles")
			.contains("kept 0 provision-level");
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void theImportCommandDetectsReuseAfterItAndLeavesTheIndexForTheNextOne(CapturedOutput output) throws Exception {
		ReuseCorpus a = new ReuseCorpus();
		a.write(this.corpus);
		assertThat(run(false, "import", this.corpus.resolve(ReuseCorpus.ID).toString(), "--normgraph.reuse.after-import=true",
				"--logging.level.io.normgraph.reuse=info")).isZero();
		assertThat(output.getOut()).contains("no index kept from an earlier run, rebuilt it from 0 stored provisions")
			.containsPattern("Text reuse after the import of corpus reuse-test: compared 5 new or changed provisions .*"
					+ "kept 2 provision-level and 2 instrument-level reuse relationships")
			.contains("kept the index of 5 provisions in");
		assertThat(this.data.resolve(KeptIndex.FILE)).exists();

		Path b = this.corpus.resolve("b").resolve("reuse-b");
		Files.createDirectories(b.resolve("nodes"));
		Files.writeString(b.resolve("nodes/Provision.csv"),
				"id,name,source,locator,text\nrb-1,B 1,reuse-test-source,1,Both parties agree: " + a.old2 + "\n");
		assertThat(run(false, "import", b.toString(), "--normgraph.reuse.after-import=true",
				"--logging.level.io.normgraph.reuse=info")).isZero();
		assertThat(output.getOut()).contains("took up the index of 5 provisions from")
			.containsPattern("Text reuse after the import of corpus reuse-b: compared 1 new or changed provisions .*"
					+ "kept [1-9][0-9]* provision-level");
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("Imported corpus reuse-b");

		assertThat(run(false, "remove", "reuse-b")).isZero();
		assertThat(this.data.resolve(KeptIndex.FILE)).as("an import with detection off leaves no index behind")
			.doesNotExist();
	}

	/**
	 * The reuse command neither searches nor changes the schema, so it skips the full-text index's
	 * check at start (one cold statement before its work); the import command still makes it.
	 */
	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void onlyTheImportChecksTheFullTextIndexAtStart(CapturedOutput output) {
		new ReuseCorpus().write(this.corpus);
		String statements = "--logging.level.org.springframework.data.neo4j.cypher=debug";
		assertThat(run(false, "import", this.corpus.resolve(ReuseCorpus.ID).toString(), statements)).isZero();
		assertThat(output.getOut()).contains("SHOW FULLTEXT INDEXES");
		int before = output.getOut().length();
		assertThat(run(true, "reuse", statements)).isZero();
		assertThat(output.getOut().substring(before)).contains("MATCH (j:__Normgraph {id: 'reuse'})")
			.doesNotContain("SHOW FULLTEXT INDEXES");
	}

	@Test
	void refusesAnUnknownCorpusAndBadArguments() {
		assertThat(run(true, "reuse", "--corpus=nowhere")).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("No corpus with id 'nowhere'");
		assertThat(run(true, "reuse", "extra")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("usage: java -jar normgraph.jar reuse")
			.contains("unexpected argument 'extra'");
	}

}
