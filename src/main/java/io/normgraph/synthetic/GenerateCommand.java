package io.normgraph.synthetic;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import io.normgraph.system.MemoryFaults;

/**
 * {@code java -jar normgraph.jar generate DIR [--provisions N] [--seed S] [--declared]}: writes a
 * synthetic corpus (see {@link SyntheticCorpusGenerator}; {@code --declared} adds a corpus.yml
 * declaring its own schema) into an empty or new directory, for
 * {@code import DIR}. Exits 0 when written, 2 on a usage error, 3 when it ran out of memory.
 * Starts no database.
 */
public final class GenerateCommand {

	public static final String NAME = "generate";

	private static final String USAGE = "usage: java -jar normgraph.jar generate DIRECTORY [--provisions 100000] [--seed 42] [--declared]";

	private GenerateCommand() {
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		Path directory = null;
		int provisions = 100_000;
		long seed = 42;
		boolean declared = false;
		try {
			for (int i = 1; i < args.length; i++) {
				switch (args[i]) {
					case "--provisions" -> provisions = Integer.parseInt(args[++i].replace("_", ""));
					case "--seed" -> seed = Long.parseLong(args[++i]);
					case "--declared" -> declared = true;
					default -> {
						if (args[i].startsWith("--") || directory != null) {
							throw new IllegalArgumentException("unexpected argument " + args[i]);
						}
						directory = Path.of(args[i]);
					}
				}
			}
			if (directory == null) {
				throw new IllegalArgumentException("no directory given");
			}
			if (Files.isDirectory(directory)) {
				try (Stream<Path> listing = Files.list(directory)) {
					if (listing.findAny().isPresent()) {
						throw new IllegalArgumentException(directory + " is not empty");
					}
				}
			}
			SyntheticCorpusGenerator generator = new SyntheticCorpusGenerator(provisions, seed);
			out.printf("Generating %d provisions (seed %d) into %s%n", provisions, seed, directory);
			long start = System.nanoTime();
			long rows = (declared ? generator.declared() : generator).write(directory);
			out.printf("Wrote %d rows (%d provisions, seed %d) to %s in %.1f s%n", rows, provisions, seed, directory,
					(System.nanoTime() - start) / 1e9);
			return 0;
		}
		catch (OutOfMemoryError ex) {
			MemoryFaults.say(err, MemoryFaults.describe(ex, "Generating " + provisions + " provisions", false));
			return 3;
		}
		catch (IllegalArgumentException | IndexOutOfBoundsException | java.io.IOException ex) {
			err.println(USAGE);
			err.println(ex.getMessage());
			return 2;
		}
	}

}
