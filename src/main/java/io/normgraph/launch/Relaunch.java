package io.normgraph.launch;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * {@code java -jar normgraph.jar} runs the application in a child JVM with the fast start's
 * options ({@link FastStart}), the same as bin/normgraph, preparing the files on first need. JVM
 * options the user gave that {@code java} go to the child too, after ours and in place of any of
 * ours that decides the same thing, so that theirs always win ({@link JvmOptions}). The parent
 * only waits: the child inherits standard input, output and error, its exit code is the
 * parent's, and stopping the parent (Ctrl-C, SIGTERM) stops the child first; a child whose parent
 * vanished without stopping it (kill -9) stops itself ({@link #stopWithParent}).
 * <p>
 * No relaunch when {@code NORMGRAPH_RELAUNCH=false} or {@code -Dnormgraph.relaunch=false}, when
 * an option attaches a tool to this JVM (an agent, a debugger, a flight recording: it would run
 * twice, or watch the wrong process), for the {@code generate} command (it starts no database,
 * nothing to gain), or outside the packaged jar.
 */
public final class Relaunch {

	/** System property of the child: the parent's process id. */
	static final String RELAUNCHED = "normgraph.relaunched";

	/** Environment variable that turns the relaunch off ({@code false}). */
	static final String SWITCH = "NORMGRAPH_RELAUNCH";

	/** System property that turns the relaunch off ({@code -Dnormgraph.relaunch=false}). */
	static final String PROPERTY = "normgraph.relaunch";

	/** Environment variables whose options the JVM already counts among its input arguments, passed on explicitly. */
	private static final List<String> OPTIONS_ENVIRONMENT = List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS");

	private static final Duration CHILD_STOP = Duration.ofSeconds(60);

	private Relaunch() {
	}

	/**
	 * Runs the application in a child JVM when that is wanted.
	 * @return the child's exit code, or empty to run the application in this JVM
	 */
	public static OptionalInt runIfWanted(Class<?> application, String[] args, PrintStream err) {
		Path jar = packagedJar(application);
		List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
		if (jar == null || !wanted(args, System.getenv(), jvmOptions, System.getProperty(RELAUNCHED))) {
			return OptionalInt.empty();
		}
		FastStart fastStart = new FastStart(jar);
		if (!fastStart.isPrepared()) {
			try {
				fastStart.prepare(err);
			}
			catch (IOException ex) {
				err.println("normgraph: could not prepare the fast start next to " + jar + " (" + ex.getMessage()
						+ "); starting with its JVM defaults only");
			}
		}
		Path launched = fastStart.isPrepared() ? fastStart.application() : jar;
		return OptionalInt.of(run(command(fastStart, launched, args, System.getenv(), jvmOptions), err));
	}

	/** Whether to relaunch: see the class comment. */
	static boolean wanted(String[] args, Map<String, String> environment, List<String> jvmOptions,
			@Nullable String relaunchedBy) {
		return relaunchedBy == null && !"false".equalsIgnoreCase(environment.get(SWITCH))
				&& !jvmOptions.contains("-D" + PROPERTY + "=false") && !JvmOptions.attachesTool(jvmOptions)
				&& !(args.length > 0 && args[0].equals("generate"));
	}

	/**
	 * The child's command: java, the fast start's options merged with the user's JVM options
	 * (theirs win), the parent's pid, the jar and the arguments.
	 */
	static List<String> command(FastStart fastStart, Path application, String[] args, Map<String, String> environment,
			List<String> jvmOptions) {
		List<String> command = new ArrayList<>();
		command.add(FastStart.java());
		command.addAll(JvmOptions.merge(fastStart.options(environment, args), jvmOptions));
		command.add("-D" + RELAUNCHED + "=" + ProcessHandle.current().pid());
		command.add("-jar");
		command.add(application.toString());
		command.addAll(List.of(args));
		return command;
	}

	private static int run(List<String> command, PrintStream err) {
		ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
		// Their options are among the parent's input arguments, which the command carries already.
		OPTIONS_ENVIRONMENT.forEach(builder.environment()::remove);
		// glibc gives each thread that allocates its own 64 MB arena; Neo4j runs many threads.
		builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
		Process child;
		try {
			child = builder.start();
		}
		catch (IOException ex) {
			err.println("normgraph: could not start " + command.get(0) + ": " + ex.getMessage());
			return 1;
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child), "normgraph-stop-child"));
		while (true) {
			try {
				return child.waitFor();
			}
			catch (InterruptedException ex) {
				stop(child);
			}
		}
	}

	/** As a stop of the application itself: SIGTERM, a graceful shutdown, and only then force. */
	private static void stop(Process child) {
		if (!child.isAlive()) {
			return;
		}
		child.destroy();
		try {
			if (!child.waitFor(CHILD_STOP.toMillis(), TimeUnit.MILLISECONDS)) {
				child.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			child.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * In a relaunched child: stops (gracefully, as on SIGTERM) when the parent ends without having
	 * stopped it first, e.g. killed with SIGKILL, so that no server is left running unseen.
	 */
	public static void stopWithParent(PrintStream err) {
		String parent = System.getProperty(RELAUNCHED);
		if (parent == null) {
			return;
		}
		long parentPid = Long.parseLong(parent);
		Thread watch = new Thread(() -> {
			while (ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L) == parentPid) {
				try {
					Thread.sleep(500);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
			err.println("normgraph: the process that launched this one (pid " + parentPid + ") has ended; stopping");
			System.exit(143);
		}, "normgraph-parent-watch");
		watch.setDaemon(true);
		watch.start();
	}

	/** The packaged jar this JVM was started from, or null (tests, an IDE, the extracted layout). */
	private static @Nullable Path packagedJar(Class<?> application) {
		ClassLoader loader = application.getClassLoader();
		String classPath = System.getProperty("java.class.path", "");
		if (loader == null || !loader.getClass().getName().endsWith(".LaunchedClassLoader")
				|| !classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator)) {
			return null;
		}
		Path jar = Path.of(classPath).toAbsolutePath();
		return Files.isRegularFile(jar) ? jar : null;
	}

}
