package io.normgraph.corpus;

import java.time.Duration;

import org.springframework.stereotype.Component;

/**
 * What keeps normgraph's readers from seeing part of an import. An import stages everything out
 * of sight first; only publishing, which makes the staged corpus part of the graph in many
 * bounded transactions, changes what a reader could see. While it runs the gate is closed:
 * requests that read the graph wait at the gate (the servlet filter {@link ReadGateFilter}), and
 * publishing starts only once the requests already reading have left, so a request sees the
 * graph before the import or after it, never between. It is a gate, not a lock: the import
 * closes it on one thread and a start that finishes an interrupted import opens it on another.
 */
@Component
public class ReadGate {

	private int readers;

	private boolean closed;

	/** Waits while the gate is closed, then counts the caller in until it calls {@link Pass#close()}. */
	public Pass enter() throws InterruptedException {
		synchronized (this) {
			while (this.closed) {
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
		this.closed = true;
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

	synchronized void open() {
		this.closed = false;
		notifyAll();
	}

	synchronized boolean isClosed() {
		return this.closed;
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
