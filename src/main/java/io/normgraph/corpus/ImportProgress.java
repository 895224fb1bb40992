package io.normgraph.corpus;

import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * How far a running import, re-import or removal has got, phase by phase:
 * {@code validate} (every row read, checked and staged out of readers' sight), {@code check}
 * (what no single row shows: references read before their node, what a new version no longer
 * holds), {@code publish} (the staged corpus made part of the graph, in bounded steps behind
 * the {@link io.normgraph.system.ReadGate}).
 *
 * @param corpus the corpus
 * @param phase the phase running
 * @param done rows (validate, check) or changes (publish) done in this phase
 * @param total how many there are in all, estimated from the bytes read while validating
 * @param perSecond the phase's rate so far
 * @param etaSeconds the phase's time left at that rate, or -1 before it can be told
 * @param elapsedSeconds the phase's time so far
 */
public record ImportProgress(String corpus, String phase, long done, long total, long perSecond, long etaSeconds,
		long elapsedSeconds) {

	public static final String VALIDATE = "validate";

	public static final String CHECK = "check";

	public static final String PUBLISH = "publish";

	/** The running import's progress, updated by the import and read by anyone. */
	static final class Tracker {

		private final String corpus;

		/** Nanoseconds, as {@link System#nanoTime()} (a test's own clock otherwise). */
		private final LongSupplier clock;

		private volatile String phase = VALIDATE;

		private volatile long started;

		private volatile long done;

		private volatile long total;

		private volatile DoubleSupplier fraction;

		Tracker(String corpus) {
			this(corpus, System::nanoTime);
		}

		Tracker(String corpus, LongSupplier clock) {
			this.corpus = corpus;
			this.clock = clock;
			this.started = clock.getAsLong();
		}

		/** Starts a phase of {@code total} steps (0: told later, or by {@code fraction}). */
		synchronized void phase(String name, long total, DoubleSupplier fraction) {
			this.phase = name;
			this.started = this.clock.getAsLong();
			this.done = 0;
			this.total = total;
			this.fraction = fraction;
		}

		synchronized void advance(long steps) {
			this.done += steps;
		}

		ImportProgress snapshot() {
			long elapsed = this.clock.getAsLong() - this.started;
			long done = this.done;
			double share = (this.fraction != null) ? this.fraction.getAsDouble()
					: (this.total > 0) ? (double) done / this.total : 0;
			share = Math.min(1, Math.max(0, share));
			long total = (this.total > 0) ? this.total : (share > 0.001) ? Math.round(done / share) : 0;
			long rate = (elapsed > 0) ? Math.round(done / (elapsed / 1e9)) : 0;
			long eta = (share > 0.001) ? Math.round(elapsed / 1e9 * (1 - share) / share) : -1;
			return new ImportProgress(this.corpus, this.phase, done, Math.max(total, done), rate, eta,
					Math.round(elapsed / 1e9));
		}

	}

}
