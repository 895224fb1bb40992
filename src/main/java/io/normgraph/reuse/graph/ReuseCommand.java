package io.normgraph.reuse.graph;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;

import io.normgraph.reuse.ReuseRun;
import io.normgraph.search.SearchIndex;
import io.normgraph.system.BatchContext;
import io.normgraph.system.MemoryFaults;
import io.normgraph.system.NotFoundException;

/**
 * {@code java -jar normgraph.jar reuse [--corpus=ID]}: runs text-reuse detection against the
 * configured database and keeps what it finds (docs/reuse.md), printing progress, timings and a
 * summary. Exits 0 when the findings were kept (or there was nothing to compare), 1 when the
 * corpus does not exist or another run is going, 2 on a usage error, 3 when it ran out of memory.
 */
public final class ReuseCommand {

	public static final String NAME = "reuse";

	private static final String USAGE = "usage: java -jar normgraph.jar reuse [--corpus=CORPUS-ID] [--spring.neo4j.uri=bolt://…]";

	private ReuseCommand() {
	}

	public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		List<String> settings = new ArrayList<>();
		String corpus = null;
		for (int i = 1; i < args.length; i++) {
			if (args[i].startsWith("--corpus=")) {
				corpus = args[i].substring("--corpus=".length());
			}
			else if (args[i].equals("--corpus") && i + 1 < args.length) {
				corpus = args[++i];
			}
			else if (args[i].startsWith("--") && !args[i].equals("--corpus")) {
				settings.add(args[i]);
			}
			else {
				err.println(USAGE + System.lineSeparator() + "unexpected argument '" + args[i] + "'");
				return 2;
			}
		}
		if (corpus != null && corpus.isBlank()) {
			err.println(USAGE + System.lineSeparator() + "--corpus needs a corpus id");
			return 2;
		}
		boolean external = settings.stream().anyMatch((setting) -> setting.startsWith("--spring.neo4j.uri="));
		// A run neither searches nor changes the schema: the full-text index's check would only delay it.
		if (settings.stream().noneMatch((setting) -> setting.startsWith("--" + SearchIndex.CHECK_AT_START + "="))) {
			settings.add("--" + SearchIndex.CHECK_AT_START + "=false");
		}
		try (ConfigurableApplicationContext context = BatchContext.start(application, NAME, settings)) {
			ReuseService service = context.getBean(ReuseService.class);
			ProgressLines lines = new ProgressLines(out);
			ReuseSummary summary = service.run(corpus, lines::print);
			print(summary, out);
			return 0;
		}
		catch (NotFoundException | ReuseInProgressException ex) {
			err.println(ex.getMessage());
			return 1;
		}
		catch (RuntimeException | OutOfMemoryError ex) {
			String line = MemoryFaults.describe(ex, "The reuse run", external);
			if (line == null) {
				throw ex;
			}
			err.println(line);
			return 3;
		}
	}

	static void print(ReuseSummary summary, PrintStream out) {
		ReuseRun run = summary.run();
		if (summary.empty()) {
			out.println("No provisions " + ((summary.corpus() != null) ? "in corpus " + summary.corpus() : "in the graph")
					+ ": nothing to compare, nothing written.");
			return;
		}
		out.println(String.format(Locale.ROOT,
				"Read %d provisions (%d without text, %d too short, %d truncated); compared %d; %d candidate pairs; %d boilerplate shingles.",
				run.provisions(), run.withoutText(), run.tooShort(), run.truncated(), run.compared(), run.candidates(),
				run.boilerplateShingles()));
		out.println(String.format(Locale.ROOT, "Timings: index %.1f s, compare %.1f s, write %.1f s, total %.1f s.",
				run.indexMillis() / 1000.0, run.compareMillis() / 1000.0, summary.writeMillis() / 1000.0,
				summary.totalMillis() / 1000.0));
		out.println("Run " + summary.id() + ": kept " + summary.provisionRelationships()
				+ " provision-level and " + summary.instrumentRelationships() + " instrument-level reuse relationships"
				+ ((summary.corpus() != null) ? " for corpus " + summary.corpus() : "") + ".");
	}

	/** One line per phase and per tenth of the comparison and of the write, not one per chunk. */
	private static final class ProgressLines {

		private final PrintStream out;

		private @Nullable String phase;

		private long lastTenth = -1;

		private long lastWrittenTenth = -1;

		ProgressLines(PrintStream out) {
			this.out = out;
		}

		void print(ReuseProgress progress) {
			if (progress.phase().equals("comparing") && progress.toCompare() > 0) {
				long tenth = progress.compared() * 10 / progress.toCompare();
				if (tenth != this.lastTenth) {
					this.lastTenth = tenth;
					this.out.println("comparing: " + progress.compared() + " of " + progress.toCompare()
							+ " provisions, " + progress.findings() + " findings");
				}
			}
			else if (progress.phase().equals("writing") && progress.toWrite() > 0) {
				long tenth = progress.written() * 10 / progress.toWrite();
				if (tenth != this.lastWrittenTenth) {
					this.lastWrittenTenth = tenth;
					this.out.println("writing: " + progress.written() + " of " + progress.toWrite() + " relationships");
				}
			}
			else if (progress.phase().equals("reading") || progress.phase().equals("indexing")) {
				if (!progress.phase().equals(this.phase)) {
					this.out.println(progress.phase() + " provisions…");
				}
			}
			else if (!progress.phase().equals(this.phase) && !progress.phase().equals("done")) {
				this.out.println(progress.phase() + "…");
			}
			this.phase = progress.phase();
		}

	}

}
