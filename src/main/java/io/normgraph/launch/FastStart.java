package io.normgraph.launch;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.util.FileSystemUtils;

/**
 * The fast-start files of one packaged jar, kept next to it in {@code <jar>-cds/}, and the JVM
 * options that use them. A jar's manifest cannot carry JVM options, so bin/normgraph and the
 * relaunch of {@code java -jar} ({@link Relaunch}) add them; both read them from here (the script
 * through the argument files {@link #prepare} writes), so they are written once:
 * <ul>
 * <li>the jar extracted (Spring Boot's {@code -Djarmode=tools extract} layout), which class-data
 * sharing needs (it cannot map classes out of nested jars), its signed libraries unsigned
 * ({@link Unsigned});</li>
 * <li>a dynamic CDS archive recorded by a training start ({@code -XX:ArchiveClassesAtExit}): later
 * starts map its ~35,000 classes instead of loading, verifying and linking them; the training
 * start also serves a health check and a whole-graph export in every format before it stops, so
 * that a first request and a first export find their classes there too;</li>
 * <li>the training start's store, a real first start's (migrations applied, bundled corpus
 * loaded), as the seed a first start on an empty data directory copies;</li>
 * <li>JVM defaults for a small single-user server: the serial collector, a heap that starts
 * small and follows what is live, and the client compiler (C2 compiling Cypher's planner was
 * half the CPU of a start). The batch commands ({@link #BATCH}), whose work outlasts their
 * start, keep the JVM's own collector and heap sizing (G1): with the small server's heap a
 * million-row import collected some 1,800 times. {@code import} also keeps both compilers (a
 * million rows were measured with them); {@code reuse} takes the client compiler, which halved
 * its CPU both to its first work line and for a whole run of 100,000 provisions on two cores.</li>
 * </ul>
 * Prepared once per build (the jar newer than the files), about one start's time.
 */
public final class FastStart {

	/** JVM defaults for a small, single-user server; docs/running.md ("Fast start") gives the figures. */
	static final List<String> HEAP = List.of("-Xms32m", "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40");

	/** The serial collector: no concurrent GC threads and their memory. */
	static final String COLLECTOR = "-XX:+UseSerialGC";

	/** The client compiler only. */
	static final String JIT = "-XX:TieredStopAtLevel=1";

	/** Commands whose work, not their start, takes the time: they keep the JVM's own collector and heap sizing. */
	static final List<String> BATCH = List.of("import", "reuse");

	/** Commands that keep both compilers (C1 and C2) unless told otherwise; the others take {@link #JIT}. */
	static final List<String> BOTH_COMPILERS = List.of("import");

	/** What the training start is stopped at: the start-up summary's last line. */
	private static final String READY = "HTTP API:";

	private final Path jar;

	private final Path directory;

	public FastStart(Path jar) {
		this.jar = jar.toAbsolutePath();
		String name = this.jar.getFileName().toString();
		this.directory = this.jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + "-cds");
	}

	Path application() {
		return this.directory.resolve(this.jar.getFileName().toString());
	}

	Path archive() {
		return this.directory.resolve("normgraph.jsa");
	}

	Path seed() {
		return this.directory.resolve("seed");
	}

	private Path prepared() {
		return this.directory.resolve("prepared");
	}

	/** Whether the files were prepared from this jar (preparing may have failed in part: then they are not tried again). */
	boolean isPrepared() {
		try {
			return Files.isRegularFile(prepared()) && Files.isRegularFile(application())
					&& Files.getLastModifiedTime(prepared()).compareTo(Files.getLastModifiedTime(this.jar)) >= 0;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * The JVM options of a fast start, as bin/normgraph gives them: for the server and the short
	 * commands, the collector unless {@code JAVA_OPTS} names one and the heap defaults; the
	 * client compiler unless {@code NORMGRAPH_JIT=full}, except for {@link #BOTH_COMPILERS}; for
	 * every command the archive and the seed where they were made, then {@code JAVA_OPTS}, last
	 * so that they win.
	 */
	List<String> options(Map<String, String> environment, String[] args) {
		String javaOpts = environment.getOrDefault("JAVA_OPTS", "").trim();
		String command = (args.length > 0) ? args[0] : "";
		boolean batch = BATCH.contains(command);
		List<String> options = new ArrayList<>();
		if (!batch && !javaOpts.contains("GC")) {
			options.add(COLLECTOR);
		}
		if (!BOTH_COMPILERS.contains(command) && !"full".equals(environment.get("NORMGRAPH_JIT"))) {
			options.add(JIT);
		}
		if (!batch) {
			options.addAll(HEAP);
		}
		options.addAll(madeOptions());
		if (!javaOpts.isEmpty()) {
			options.addAll(List.of(javaOpts.split("\\s+")));
		}
		return options;
	}

	/** What preparing made: the archive and the seed. */
	private List<String> madeOptions() {
		List<String> options = new ArrayList<>();
		if (Files.isRegularFile(archive())) {
			options.add("-XX:SharedArchiveFile=" + archive());
		}
		if (Files.isDirectory(seed())) {
			options.add("-Dnormgraph.embedded.seed=" + seed());
		}
		return options;
	}

	/**
	 * Prepares the files unless another process did meanwhile (a lock next to the jar keeps two
	 * from doing it at once). A training start that fails leaves no archive and no seed, and says
	 * why; the extracted jar and the defaults still apply.
	 * @throws IOException when the directory next to the jar cannot be written
	 */
	void prepare(PrintStream err) throws IOException {
		Path lock = this.directory.resolveSibling(this.directory.getFileName() + ".lock");
		try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				FileLock held = channel.lock()) {
			if (isPrepared()) {
				return;
			}
			err.println("normgraph: preparing the fast start in " + this.directory + " (once per build, about one start)…");
			FileSystemUtils.deleteRecursively(this.directory);
			Files.createDirectories(this.directory);
			run(List.of(java(), "-Djarmode=tools", "-jar", this.jar.toString(), "extract", "--force", "--destination",
					this.directory.toString()), this.directory.resolve("extract.log"));
			Unsigned.strip(this.directory.resolve("lib"));
			train(err);
			Files.write(this.directory.resolve("jvm.options"), madeOptions().stream().map(FastStart::argumentFileLine).toList(),
					StandardCharsets.UTF_8);
			Files.writeString(prepared(), "");
			if (Files.isRegularFile(archive())) {
				err.println("normgraph: fast start ready (" + archive() + ")");
			}
		}
	}

	/**
	 * A start on a throwaway data directory, stopped once ready and once it has served a few
	 * requests ({@link TrainingRequests}, listed with their status in training-requests.txt); its
	 * classes go into the archive at exit.
	 */
	private void train(PrintStream err) throws IOException {
		Path training = this.directory.resolve("training");
		Path log = this.directory.resolve("training.log");
		List<String> command = new ArrayList<>(List.of(java(), COLLECTOR, JIT));
		command.addAll(HEAP);
		command.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive(), "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
				"-jar", application().toString(), "--normgraph.embedded.data-directory=" + training,
				"--server.port=0", "--normgraph.embedded.bolt-port=0", "--normgraph.embedded.http-port=0",
				"--spring.main.banner-mode=off"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			while (!Files.readString(log, StandardCharsets.UTF_8).contains(READY)) {
				if (!process.isAlive()) {
					err.println("normgraph: the training start failed; running without class-data sharing. Its log: " + log);
					Files.deleteIfExists(archive());
					FileSystemUtils.deleteRecursively(training);
					return;
				}
				Thread.sleep(250);
			}
			String base = TrainingRequests.base(Files.readString(log, StandardCharsets.UTF_8)).orElse(null);
			List<String> served = (base != null) ? TrainingRequests.send(base) : List.of("no HTTP API address in the log");
			Files.write(this.directory.resolve("training-requests.txt"), served, StandardCharsets.UTF_8);
			process.destroy();
			process.waitFor();
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while preparing the fast start", ex);
		}
		Files.move(training, seed());
	}

	private static void run(List<String> command, Path log) throws IOException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			if (process.waitFor() != 0) {
				throw new IOException(String.join(" ", command) + " failed, see " + log);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while preparing the fast start", ex);
		}
	}

	/** A line of a java {@code @argfile}: quoted where a path holds a space. */
	private static String argumentFileLine(String option) {
		return option.contains(" ") ? "\"" + option.replace("\\", "\\\\") + "\"" : option;
	}

	static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** {@code java -Dnormgraph.launch=prepare -jar normgraph.jar}, as bin/normgraph --prepare runs it. */
	public static int prepareCommand(Path jar, PrintStream err) {
		try {
			new FastStart(jar).prepare(err);
			return 0;
		}
		catch (IOException | UncheckedIOException ex) {
			err.println("normgraph: could not prepare the fast start: " + ex.getMessage());
			return 1;
		}
	}

}
