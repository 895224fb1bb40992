package io.normgraph.system;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.management.NotificationEmitter;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Recognises a memory fault anywhere in a failure's causes (the JVM's {@link OutOfMemoryError},
 * or the database refusing a transaction more memory) and says it in one line: what ran out,
 * and which setting to raise. Requests, GraphQL, the commands and start-up all use it, so a user
 * never has to read a stack trace to learn that normgraph needs more memory.
 */
public final class MemoryFaults {

	/** The Neo4j status codes of a transaction or query that ran out of memory. */
	private static final String[] DATABASE_CODES = { "MemoryPoolOutOfMemoryError", "OutOfMemoryError",
			"TransactionOutOfMemoryError" };

	private static final String HEAP_ADVICE = "Give normgraph more heap with -Xmx, e.g. %s "
			+ "(JAVA_OPTS=%s bin/normgraph …, or java %s -jar normgraph.jar …).";

	/** Whether a command has said its one line about a memory fault ({@link #say}). */
	private static final AtomicBoolean said = new AtomicBoolean();

	private MemoryFaults() {
	}

	/**
	 * One line for the memory fault in {@code failure}'s causes, or {@code null} if there is none.
	 * @param what what was running, e.g. {@code "GET /api/v1/exports/graphml"} or {@code "the import"}
	 * @param externalDatabase whether the database is an external server (its memory is its own)
	 */
	public static @Nullable String describe(Throwable failure, String what, boolean externalDatabase) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof OutOfMemoryError error) {
				return what + " ran out of memory (" + error.getMessage() + "). " + advice(error);
			}
			if (isDatabaseMemoryFault(cause)) {
				return what + " needed more memory than the database lets a transaction use ("
						+ firstLine(cause.getMessage()) + "). " + (externalDatabase
								? "Raise db.memory.transaction.total.max (and the heap) of the Neo4j server at spring.neo4j.uri."
								: "The embedded database may use 70% of the heap for transactions: "
										+ heapAdvice());
			}
		}
		return null;
	}

	/**
	 * A thread that dies of a memory fault says so in one line instead of a stack trace; any
	 * other uncaught failure is reported as before. The line is written in advance: when the
	 * heap is full, building it could fail too.
	 */
	public static void reportUncaughtInOneLine() {
		String prepared = "normgraph ran out of memory (Java heap space). " + heapAdvice();
		handleUncaught(() -> System.err.println(prepared));
	}

	/**
	 * For a command, which says in its own line ({@link #say}) what ran out and what it left
	 * unchanged: a thread that dies of a memory fault while it runs (the database's, the progress
	 * bar's) is said at exit, and only if the command said nothing of memory itself, so that the
	 * command ends with one line, not two.
	 */
	public static void reportUncaughtInOneLineUnlessSaid() {
		String prepared = "normgraph ran out of memory (Java heap space). " + heapAdvice();
		AtomicBoolean died = new AtomicBoolean();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			if (died.get() && !said.get()) {
				System.err.println(prepared);
			}
		}, "normgraph-memory-fault-at-exit"));
		handleUncaught(() -> died.set(true));
	}

	/** Prints a command's one line about a memory fault: the only one it ends with. */
	public static void say(PrintStream err, String line) {
		said.set(true);
		err.println(line);
	}

	private static void handleUncaught(Runnable memoryFault) {
		Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
		Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
			if (failure instanceof OutOfMemoryError) {
				memoryFault.run();
			}
			else if (previous != null) {
				previous.uncaughtException(thread, failure);
			}
			else {
				// What the JDK does without a default handler. Not the thread group's handler: it
				// calls the default handler, this one, again and again until the stack overflows.
				System.err.print("Exception in thread \"" + thread.getName() + "\" ");
				failure.printStackTrace(System.err);
			}
		});
	}

	/**
	 * When the heap stays full: once a full collection leaves the old generation 97% full and
	 * it is still that full {@code grace} later, no request or command unwound and gave its
	 * memory back, and the JVM would only thrash (every thread failing in turn, nothing ever
	 * ending). Then print the one line and end the process with {@code exitCode}. A request that
	 * simply fails with {@link OutOfMemoryError} frees its memory within the grace period and is
	 * answered by {@link MemoryFaultFilter} instead. The line and the watching thread exist in
	 * advance: when the heap is full, creating them could fail. What an import had staged is
	 * removed at the next start.
	 */
	public static void exitWhenHeapStaysFull(String what, int exitCode, Duration grace) {
		String line = what + " ran out of memory (the heap stays full). " + heapAdvice();
		List<MemoryPoolMXBean> watched = new ArrayList<>();
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported()
					&& pool.getUsage().getMax() > 0 && isOldGeneration(pool.getName())) {
				pool.setCollectionUsageThreshold(pool.getUsage().getMax() * 97 / 100);
				watched.add(pool);
			}
		}
		Semaphore exceeded = new Semaphore(0);
		Thread watcher = new Thread(() -> {
			while (true) {
				try {
					exceeded.acquire();
					Thread.sleep(grace.toMillis());
				}
				catch (InterruptedException ex) {
					return;
				}
				exceeded.drainPermits();
				// The usage after the last full collection may predate a request's unwinding: collect
				// once more so that only memory still held counts.
				System.gc();
				for (MemoryPoolMXBean pool : watched) {
					if (pool.isCollectionUsageThresholdExceeded()) {
						if (!said.getAndSet(true)) {
							System.err.println(line);
						}
						Runtime.getRuntime().halt(exitCode);
					}
				}
			}
		}, "normgraph-heap-watch");
		watcher.setDaemon(true);
		watcher.start();
		NotificationEmitter emitter = (NotificationEmitter) ManagementFactory.getMemoryMXBean();
		emitter.addNotificationListener((notification, handback) -> exceeded.release(),
				(notification) -> MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(notification.getType()),
				null);
	}

	private static boolean isOldGeneration(String pool) {
		return pool.contains("Old") || pool.contains("Tenured");
	}

	private static boolean isDatabaseMemoryFault(Throwable cause) {
		String code = (cause instanceof Neo4jException neo4j) ? neo4j.code() : null;
		if (code == null) {
			// The embedded kernel's own exception, when a caller uses the database directly.
			return cause.getClass().getSimpleName().equals("MemoryLimitExceededException");
		}
		for (String known : DATABASE_CODES) {
			if (code.endsWith("." + known)) {
				return true;
			}
		}
		return false;
	}

	private static String advice(OutOfMemoryError error) {
		String reason = String.valueOf(error.getMessage()).toLowerCase(Locale.ROOT);
		if (reason.contains("direct buffer")) {
			return "Raise the direct memory limit with -XX:MaxDirectMemorySize (e.g. -XX:MaxDirectMemorySize=512m).";
		}
		if (reason.contains("metaspace")) {
			return "Raise the class metadata limit with -XX:MaxMetaspaceSize, or remove it.";
		}
		if (reason.contains("native thread")) {
			return "The operating system refused another thread: raise the process and thread limits (ulimit -u).";
		}
		return heapAdvice();
	}

	/** Which setting to raise, with a suggestion twice the current maximum heap. */
	static String heapAdvice() {
		long maxMegabytes = Runtime.getRuntime().maxMemory() / (1024 * 1024);
		long suggested = Math.max(512, Long.highestOneBit(Math.max(1, maxMegabytes)) * 2);
		String flag = (suggested % 1024 == 0) ? "-Xmx" + (suggested / 1024) + "g" : "-Xmx" + suggested + "m";
		return "The heap's maximum is now " + maxMegabytes + " MB. " + String.format(HEAP_ADVICE, flag, flag, flag);
	}

	private static String firstLine(@Nullable String message) {
		if (message == null) {
			return "no details";
		}
		int end = message.indexOf('\n');
		return ((end < 0) ? message : message.substring(0, end)).trim();
	}

}
