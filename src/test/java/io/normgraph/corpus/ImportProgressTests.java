package io.normgraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/**
 * What a running import tells of its progress: the rows done, how many there are in all (told,
 * or estimated from the share of bytes read), and no time left before it can be told.
 */
class ImportProgressTests {

	/** The tracker's clock, in nanoseconds, moved by the tests. */
	private final AtomicLong now = new AtomicLong(1_000_000_000L);

	private final ImportProgress.Tracker tracker = new ImportProgress.Tracker("trade", this.now::get);

	@Test
	void aTrackerStartsValidatingWithNothingDoneAndNoTimeLeftToTell() {
		ImportProgress now = this.tracker.snapshot();
		assertThat(now.corpus()).isEqualTo("trade");
		assertThat(now.phase()).isEqualTo(ImportProgress.VALIDATE);
		assertThat(now.done()).isZero();
		assertThat(now.total()).isZero();
		assertThat(now.etaSeconds()).isEqualTo(-1);
	}

	@Test
	void theTotalIsEstimatedFromTheShareOfBytesReadAndTheTimeLeftFromTheTimeSoFar() {
		this.tracker.phase(ImportProgress.VALIDATE, 0, () -> 0.25);
		this.tracker.advance(30);
		this.tracker.advance(20);
		this.now.addAndGet(10_000_000_000L);
		ImportProgress now = this.tracker.snapshot();
		assertThat(now.done()).isEqualTo(50);
		assertThat(now.total()).isEqualTo(200);
		assertThat(now.perSecond()).isEqualTo(5);
		assertThat(now.elapsedSeconds()).isEqualTo(10);
		assertThat(now.etaSeconds()).as("a quarter in 10 s: three quarters in 30 s").isEqualTo(30);
	}

	@Test
	void theRateAndTimeOfAToldTotalComeFromTheRowsDone() {
		this.tracker.phase(ImportProgress.PUBLISH, 1_000, null);
		this.now.addAndGet(4_000_000_000L);
		this.tracker.advance(800);
		ImportProgress now = this.tracker.snapshot();
		assertThat(now.perSecond()).isEqualTo(200);
		assertThat(now.etaSeconds()).isEqualTo(1);
		assertThat(now.elapsedSeconds()).isEqualTo(4);
	}

	@Test
	void atTheVeryStartThereIsNoRate() {
		this.tracker.phase(ImportProgress.CHECK, 10, null);
		this.tracker.advance(1);
		assertThat(this.tracker.snapshot().perSecond()).isZero();
		this.now.addAndGet(1);
		assertThat(this.tracker.snapshot().perSecond()).isEqualTo(1_000_000_000L);
	}

	@Test
	void aToldTotalIsKeptAndNeverBelowWhatIsDone() {
		this.tracker.phase(ImportProgress.PUBLISH, 100, null);
		this.tracker.advance(40);
		assertThat(this.tracker.snapshot().total()).isEqualTo(100);
		this.tracker.advance(80);
		assertThat(this.tracker.snapshot().total()).isEqualTo(120);
	}

	@Test
	void aShareOutsideZeroToOneIsClampedAndTooSmallAShareTellsNothing() {
		this.tracker.phase(ImportProgress.VALIDATE, 0, () -> 1.5);
		this.tracker.advance(10);
		assertThat(this.tracker.snapshot().total()).isEqualTo(10);
		assertThat(this.tracker.snapshot().etaSeconds()).isZero();
		this.tracker.phase(ImportProgress.VALIDATE, 0, () -> 0.001);
		this.tracker.advance(10);
		assertThat(this.tracker.snapshot().total()).as("no estimate from 0.1%").isEqualTo(10);
		assertThat(this.tracker.snapshot().etaSeconds()).isEqualTo(-1);
		this.tracker.phase(ImportProgress.VALIDATE, 0, () -> -0.5);
		this.tracker.advance(10);
		assertThat(this.tracker.snapshot().total()).isEqualTo(10);
		this.tracker.phase(ImportProgress.VALIDATE, 0, () -> 0.002);
		this.tracker.advance(10);
		this.now.addAndGet(1_000_000_000L);
		assertThat(this.tracker.snapshot().total()).as("an estimate from 0.2%").isEqualTo(5_000);
		assertThat(this.tracker.snapshot().etaSeconds()).isEqualTo(499);
	}

	@Test
	void aNewPhaseStartsFromNothing() {
		this.tracker.phase(ImportProgress.VALIDATE, 0, () -> 0.5);
		this.tracker.advance(10);
		this.tracker.phase(ImportProgress.CHECK, 0, null);
		ImportProgress now = this.tracker.snapshot();
		assertThat(now.phase()).isEqualTo(ImportProgress.CHECK);
		assertThat(now.done()).isZero();
		assertThat(now.total()).isZero();
		assertThat(now.etaSeconds()).isEqualTo(-1);
	}

}
