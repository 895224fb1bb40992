package io.normgraph.corpus;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The command line's view of a running import: per phase, a bar with the rows done, the rate and
 * the time left, redrawn in place on a terminal and written as a line at most every second (and
 * at each new phase) when the output is a file or a pipe, only when the line has changed: a log
 * of a long import holds its progress, not the same line once a second.
 */
final class ProgressBar implements AutoCloseable {

	private static final int WIDTH = 30;

	private static final long LINE_EVERY_NANOS = 1_000_000_000L;

	private final PrintStream out;

	private final Supplier<Optional<ImportProgress>> progress;

	private final boolean terminal;

	private final long lineEveryNanos;

	private final Thread thread;

	private volatile boolean running = true;

	private String phase = "";

	private long lastLineAt;

	private String lastLine = "";

	ProgressBar(PrintStream out, Supplier<Optional<ImportProgress>> progress, boolean terminal) {
		this(out, progress, terminal, LINE_EVERY_NANOS);
	}

	ProgressBar(PrintStream out, Supplier<Optional<ImportProgress>> progress, boolean terminal, long lineEveryNanos) {
		this.out = out;
		this.progress = progress;
		this.terminal = terminal;
		this.lineEveryNanos = lineEveryNanos;
		this.thread = new Thread(this::draw, "import-progress");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	private void draw() {
		while (this.running) {
			this.progress.get().ifPresent(this::show);
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	private void show(ImportProgress now) {
		boolean newPhase = !now.phase().equals(this.phase);
		if (newPhase && this.terminal && !this.phase.isEmpty()) {
			this.out.println();
		}
		this.phase = now.phase();
		if (this.terminal) {
			this.out.print("\r" + line(now));
			this.out.flush();
		}
		else {
			String line = line(now);
			if (newPhase || (System.nanoTime() - this.lastLineAt > this.lineEveryNanos && !line.equals(this.lastLine))) {
				this.out.println(line);
				this.lastLine = line;
				this.lastLineAt = System.nanoTime();
			}
		}
	}

	static String line(ImportProgress now) {
		double share = (now.total() > 0) ? Math.min(1, (double) now.done() / now.total()) : 0;
		int filled = (int) Math.round(share * WIDTH);
		String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
		String eta = (now.etaSeconds() < 0) ? "--:--" : String.format(Locale.ROOT, "%d:%02d", now.etaSeconds() / 60,
				now.etaSeconds() % 60);
		return String.format(Locale.ROOT, "%-8s [%s] %3.0f%% %,d of ~%,d rows, %,d rows/s, %s left", now.phase(), bar,
				share * 100, now.done(), now.total(), now.perSecond(), eta);
	}

	@Override
	public void close() {
		this.running = false;
		this.thread.interrupt();
		try {
			// The bar must not draw once the command prints its report.
			this.thread.join(1_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (this.terminal && !this.phase.isEmpty()) {
			this.out.println();
		}
	}

}
