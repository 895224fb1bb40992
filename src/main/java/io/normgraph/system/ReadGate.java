package io.normgraph.system;

import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

/**
 * What keeps normgraph's readers from seeing part of an import. An import stages everything out
 * of sight first; only publishing, which makes the staged corpus part of the graph in many
 * bounded transactions, changes what a reader could see. While it runs the gate is closed:
 * requests that read the graph wait at the gate (the servlet filter {@link ReadGateFilter}), and
 * publishing starts only once the requests already reading have left, so a request sees the
 * graph before the import or after it, never between. It is a gate, not a lock: the import
 * closes it on one thread and a start that finishes an interrupted import opens it on another.
 * Other writes that readers must not see half done (a text-reuse run's findings) close it the
 * same way; writers may overlap, and the gate opens when the last one has opened it.
 */
@Component
public class ReadGate {

	/** How long a writer waits for requests already reading to finish before it starts anyway. */
	public static final Duration READERS_PATIENCE = Duration.ofMinutes(2);

	private static final Log logger = LogFactory.getLog(ReadGate.class);

	private int readers;

	/** Writers that closed the gate and have not opened it yet. */
	private int closers;

	/** Waits while the gate is closed, then counts the caller in until it calls {@link Pass#close()}. */
	public Pass enter() throws InterruptedException {
		synchronized (this) {
			while (this.closers > 0) {
				wait();
			}
			this.readers++;
		}
		return this::leave;
	}

	/**
	 * Closes the gate and waits until every reader inside has left.
	 * @param patience how long to wait for readers before publishing anyway
	 * @return whether every reader had left in time
	 */
	synchronized boolean close(Duration patience) throws InterruptedException {
		this.closers++;
		long deadline = System.nanoTime() + patience.toNanos();
		while (this.readers > 0) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				return false;
			}
			wait(Math.max(1, left / 1_000_000));
		}
		return true;
	}

	/**
	 * Closes the gate for a writer and waits up to {@link #READERS_PATIENCE} for the readers
	 * inside (a warning if some are still reading, and the write goes on). Every call must be
	 * followed by one {@link #open()}.
	 * @param what the write, for the warning
	 */
	public void closeFor(String what) {
		try {
			if (!close(READERS_PATIENCE)) {
				logger.warn("Requests still reading after " + READERS_PATIENCE + "; " + what + " anyway");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			open();
			throw new IllegalStateException("interrupted while waiting for readers before " + what, ex);
		}
	}

	/** One writer is done: the gate opens when every writer that closed it is. */
	public synchronized void open() {
		this.closers = Math.max(0, this.closers - 1);
		notifyAll();
	}

	synchronized boolean isClosed() {
		return this.closers > 0;
	}

	private synchronized void leave() {
		this.readers--;
		notifyAll();
	}

	/** A reader's way through the gate, given back when it leaves. */
	@FunctionalInterface
	public interface Pass extends AutoCloseable {

		@Override
		void close();

	}

}
