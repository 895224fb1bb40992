package io.normgraph.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntToLongFunction;

/**
 * Work split into disjoint shares, each on a thread of its own, all waited for: a share that
 * fails does not leave the others running (the caller may try the whole work again, which must
 * not race a share still writing), and its failure is thrown as it was (an OutOfMemoryError
 * stays one).
 */
final class Shares {

	private Shares() {
	}

	/** Runs {@code work} for shares 0 to {@code count - 1} at once; the sum of what they return. */
	static long run(int count, IntToLongFunction work) {
		ExecutorService threads = Executors.newFixedThreadPool(count);
		try {
			List<Future<Long>> shares = new ArrayList<>();
			for (int share = 0; share < count; share++) {
				int index = share;
				shares.add(threads.submit(() -> work.applyAsLong(index)));
			}
			long total = 0;
			Throwable failure = null;
			for (Future<Long> share : shares) {
				try {
					total += join(share);
				}
				catch (RuntimeException | Error ex) {
					failure = (failure != null) ? failure : ex;
				}
			}
			if (failure instanceof Error error) {
				throw error;
			}
			if (failure != null) {
				throw (RuntimeException) failure;
			}
			return total;
		}
		finally {
			threads.shutdown();
		}
	}

	/** A task's result, waited for even when interrupted (and the interruption kept); its failure as thrown. */
	static <T> T join(Future<T> share) {
		boolean interrupted = false;
		try {
			while (true) {
				try {
					return share.get();
				}
				catch (InterruptedException ex) {
					interrupted = true;
				}
				catch (ExecutionException ex) {
					if (ex.getCause() instanceof Error error) {
						throw error;
					}
					throw (ex.getCause() instanceof RuntimeException failure) ? failure
							: new IllegalStateException(ex.getCause());
				}
			}
		}
		finally {
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
