package io.normgraph.corpus;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.normgraph.system.MemoryFaults;

/**
 * {@code java -jar normgraph.jar import DIR [--dry-run] [--setting=value…]}: imports a corpus
 * into the configured database (the embedded one, or {@code --spring.neo4j.uri=…} to write into
 * a running server) and exits with 0 when it landed, 1 when it had problems (each printed with
 * file, line and column; nothing written), 2 on a usage error, 3 when it ran out of memory (one
 * line saying which setting to raise).
 */
public final class ImportCommand {

	public static final String NAME = "import";

	private ImportCommand() {
	}

	public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		List<String> settings = new ArrayList<>();
		List<String> paths = new ArrayList<>();
		boolean dryRun = false;
		for (int i = 1; i < args.length; i++) {
			if (args[i].equals("--dry-run")) {
				dryRun = true;
			}
			else if (args[i].startsWith("--")) {
				settings.add(args[i]);
			}
			else {
				paths.add(args[i]);
			}
		}
		if (paths.size() != 1 || !Files.isDirectory(Path.of(paths.get(0)))) {
			err.println("usage: java -jar normgraph.jar import DIRECTORY [--dry-run] [--spring.neo4j.uri=bolt://…]"
					+ ((paths.size() == 1) ? System.lineSeparator() + paths.get(0) + " is not a directory" : ""));
			return 2;
		}
		boolean external = settings.stream().anyMatch((setting) -> setting.startsWith("--spring.neo4j.uri="));
		CorpusFiles corpus;
		try {
			corpus = CorpusFiles.fromDirectory(Path.of(paths.get(0)));
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			return 2;
		}
		catch (OutOfMemoryError ex) {
			return memoryFault(ex, paths.get(0), external, err);
		}
		// Only what an import needs: no web server, no Browser, a Bolt port of its own (so that a
		// server on another data directory does not stand in its way), and lazy beans, so that
		// controllers, GraphQL and the rest are never built. A failure to start (memory included)
		// is reported in one line by Spring Boot's failure analyzers.
		settings.add("--normgraph.embedded.browser-enabled=false");
		if (settings.stream().noneMatch((setting) -> setting.startsWith("--normgraph.embedded.bolt-port="))) {
			settings.add("--normgraph.embedded.bolt-port=0");
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.lazyInitialization(true)
			.run(settings.toArray(String[]::new))) {
			try {
				ImportReport report = dryRun ? context.getBean(CorpusImporter.class).dryRun(corpus)
						: importOrReport(context.getBean(CorpusImporter.class), corpus);
				return print(report, out, err);
			}
			catch (RuntimeException | OutOfMemoryError ex) {
				return memoryFault(ex, paths.get(0), external, err);
			}
		}
	}

	/** One line naming the setting to raise, exit code 3; anything but a memory fault is rethrown. */
	private static int memoryFault(Throwable failure, String directory, boolean external, PrintStream err) {
		String line = MemoryFaults.describe(failure, "The import of " + directory, external);
		if (line == null) {
			if (failure instanceof Error error) {
				throw error;
			}
			throw (RuntimeException) failure;
		}
		err.println(line);
		return 3;
	}

	private static ImportReport importOrReport(CorpusImporter importer, CorpusFiles corpus) {
		try {
			return importer.importCorpus(corpus);
		}
		catch (CorpusImportException ex) {
			return ex.report();
		}
	}

	private static int print(ImportReport report, PrintStream out, PrintStream err) {
		report.rows().forEach((file, count) -> out.println(file + ": " + count + " rows"));
		if (!report.valid()) {
			report.problems().forEach(err::println);
			err.println(report.problems().size() + " problem(s); nothing was written.");
			return 1;
		}
		out.println(report.dryRun() ? "Valid; dry run, nothing written."
				: "Imported: " + report.nodesCreated() + " new nodes, " + report.relationshipsCreated()
						+ " new relationships.");
		return 0;
	}

}
