package io.normgraph.corpus;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import io.normgraph.database.EmbeddedNeo4jAddresses;
import io.normgraph.system.BatchContext;
import io.normgraph.system.MemoryFaults;
import io.normgraph.system.NotFoundException;

/**
 * The corpus commands, each run against the configured database (the embedded one, or
 * {@code --spring.neo4j.uri=…} for a running server), showing its progress phase by phase on
 * standard error ({@link ProgressBar}), and exiting 0 when it landed, 1 when the corpus had
 * problems (each printed with file, line and column; nothing written), 2 on a usage error, 3 when
 * it ran out of memory (one line naming the setting to raise; nothing written):
 * <ul>
 * <li>{@code import DIR [--dry-run] [--id=ID] [--conflicts=fail|claims]}: imports a corpus, or a
 * new version of one already in the graph;</li>
 * <li>{@code remove ID [--dry-run]}: removes a corpus, exactly what it alone asserted.</li>
 * </ul>
 * Neither loads the bundled corpus: that is the server's first start's job. Both are followed by
 * text-reuse detection for what changed, unless {@code --normgraph.reuse.after-import=false}.
 */
public final class ImportCommand {

	public static final String NAME = "import";

	public static final String REMOVE = "remove";

	private static final String USAGE = """
			usage: java -jar normgraph.jar import DIRECTORY [--dry-run] [--id=CORPUS-ID] [--conflicts=fail|claims] [--normgraph.reuse.after-import=false] [--spring.neo4j.uri=bolt://…]
			       java -jar normgraph.jar remove CORPUS-ID [--dry-run] [--normgraph.reuse.after-import=false] [--spring.neo4j.uri=bolt://…]
			After an import or removal, text reuse is detected for the new or changed provisions (docs/reuse.md);
			--normgraph.reuse.after-import=false skips it.""";

	private ImportCommand() {
	}

	public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		List<String> settings = new ArrayList<>();
		List<String> operands = new ArrayList<>();
		String id = null;
		boolean dryRun = false;
		ImportOptions.Conflicts conflicts = ImportOptions.Conflicts.FAIL;
		try {
			for (int i = 1; i < args.length; i++) {
				if (args[i].equals("--dry-run")) {
					dryRun = true;
				}
				else if (args[i].startsWith("--id=")) {
					id = args[i].substring("--id=".length());
				}
				else if (args[i].startsWith("--conflicts=")) {
					conflicts = ImportOptions.Conflicts.parse(args[i].substring("--conflicts=".length()));
				}
				else if (args[i].startsWith("--")) {
					settings.add(args[i]);
				}
				else {
					operands.add(args[i]);
				}
			}
		}
		catch (IllegalArgumentException ex) {
			err.println(USAGE + System.lineSeparator() + ex.getMessage());
			return 2;
		}
		boolean remove = args[0].equals(REMOVE);
		String problem = usageProblem(remove, operands, id);
		if (problem != null) {
			err.println(USAGE + ((problem.isEmpty()) ? "" : System.lineSeparator() + problem));
			return 2;
		}
		boolean external = settings.stream().anyMatch((setting) -> setting.startsWith("--spring.neo4j.uri="));
		String what = (remove ? "The removal of corpus " : "The import of ") + operands.get(0);
		CorpusFiles files = null;
		if (!remove) {
			try {
				files = CorpusFiles.fromDirectory(Path.of(operands.get(0)));
			}
			catch (IllegalArgumentException ex) {
				err.println(ex.getMessage());
				return 2;
			}
			catch (OutOfMemoryError ex) {
				return memoryFault(ex, what, external, err);
			}
		}
		ImportOptions options = new ImportOptions(id, dryRun, conflicts);
		CorpusFiles corpus = files;
		Function<CorpusImporter, ImportReport> work = remove
				? (importer) -> importer.remove(operands.get(0), options.dryRun())
				: (importer) -> importer.importCorpus(corpus, options);
		Path createdStore = null;
		try (ConfigurableApplicationContext context = BatchContext.start(application, args[0], settings)) {
			EmbeddedNeo4jAddresses embedded = context.getBeanProvider(EmbeddedNeo4jAddresses.class).getIfAvailable();
			if (dryRun && embedded != null && embedded.createdStore()) {
				createdStore = embedded.dataDirectory();
			}
			CorpusImporter importer = context.getBean(CorpusImporter.class);
			try (ProgressBar bar = new ProgressBar(err, importer::currentImport, System.console() != null)) {
				return print(reportOf(work, importer), remove, out, err);
			}
			catch (NotFoundException ex) {
				err.println(ex.getMessage());
				return 1;
			}
			catch (ImportOutOfMemoryException ex) {
				MemoryFaults.say(err, ex.getMessage());
				return 3;
			}
			catch (RuntimeException | OutOfMemoryError ex) {
				return memoryFault(ex, what, external, err);
			}
		}
		finally {
			if (createdStore != null) {
				// A dry run writes nothing anywhere: the store it had to create to validate against is removed.
				FileSystemUtils.deleteRecursively(createdStore.toFile());
			}
		}
	}

	private static @Nullable String usageProblem(boolean remove, List<String> operands, @Nullable String id) {
		if (operands.size() != 1) {
			return "";
		}
		if (remove) {
			return (id != null) ? "--id applies to import only" : null;
		}
		return Files.isDirectory(Path.of(operands.get(0))) ? null : operands.get(0) + " is not a directory";
	}

	/** One line naming the setting to raise, exit code 3; anything but a memory fault is rethrown. */
	private static int memoryFault(Throwable failure, String what, boolean external, PrintStream err) {
		String line = MemoryFaults.describe(failure, what, external);
		if (line == null) {
			if (failure instanceof Error error) {
				throw error;
			}
			throw (RuntimeException) failure;
		}
		MemoryFaults.say(err, line);
		return 3;
	}

	private static ImportReport reportOf(Function<CorpusImporter, ImportReport> work, CorpusImporter importer) {
		try {
			return work.apply(importer);
		}
		catch (CorpusImportException ex) {
			return ex.report();
		}
	}

	private static int print(ImportReport report, boolean remove, PrintStream out, PrintStream err) {
		report.rows().forEach((file, count) -> out.println(file + ": " + count + " rows"));
		if (!report.valid()) {
			report.problems().forEach(err::println);
			err.println(report.problems().size() + " problem(s); nothing was written.");
			return 1;
		}
		String what = "corpus " + report.corpus() + ": nodes " + report.nodes() + "; relationships " + report.relationships();
		out.println(report.dryRun() ? "Valid; dry run, nothing written. It would " + (remove ? "remove " : "import ") + what + "."
				: (remove ? "Removed " : "Imported ") + what + ".");
		if (!report.conflicts().isEmpty()) {
			out.println(report.conflicts().size() + " conflicting value(s) " + (report.dryRun() ? "would be" : "were")
					+ " kept side by side as claims.");
		}
		return 0;
	}

}
