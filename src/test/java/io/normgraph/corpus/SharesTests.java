package io.normgraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class SharesTests {

	@Test
	void everyShareRunsOnItsOwnThreadAtOnceAndTheirResultsAddUp() {
		CountDownLatch started = new CountDownLatch(2);
		Set<String> threads = ConcurrentHashMap.newKeySet();
		long total = Shares.run(2, (share) -> {
			threads.add(Thread.currentThread().getName());
			started.countDown();
			try {
				// each share waits for the other: only shares that run at once get past this
				return started.await(10, TimeUnit.SECONDS) ? share + 10 : -100;
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		});
		assertThat(total).isEqualTo(21);
		assertThat(threads).hasSize(2);
	}

	@Test
	void aFailedShareIsThrownOnlyOnceEveryOtherShareHasEnded() {
		AtomicBoolean otherEnded = new AtomicBoolean();
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Shares.run(2, (share) -> {
			if (share == 0) {
				throw new IllegalArgumentException("share 0 failed");
			}
			sleep(300);
			otherEnded.set(true);
			return 1;
		})).withMessage("share 0 failed");
		assertThat(otherEnded).isTrue();
	}

	@Test
	void anErrorStaysAnError() {
		assertThatExceptionOfType(OutOfMemoryError.class).isThrownBy(() -> Shares.run(2, (share) -> {
			if (share == 1) {
				throw new OutOfMemoryError("Java heap space");
			}
			return 0;
		}));
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
