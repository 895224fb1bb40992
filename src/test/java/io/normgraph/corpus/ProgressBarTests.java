package io.normgraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The command line's progress: one line of phase, bar, share, rows, rate and time left, redrawn
 * in place on a terminal, written as lines to a file or a pipe, and nothing after it is closed.
 */
class ProgressBarTests {

	private static final ImportProgress VALIDATING = new ImportProgress("trade", "validate", 10, 100, 5, 18, 2);

	private static final ImportProgress FURTHER = new ImportProgress("trade", "validate", 20, 100, 5, 16, 4);

	private static final ImportProgress PUBLISHING = new ImportProgress("trade", "publish", 1, 4, 1, 3, 1);

	private final AtomicReference<Optional<ImportProgress>> now = new AtomicReference<>(Optional.empty());

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	private final PrintStream out = new PrintStream(this.bytes, true, StandardCharsets.UTF_8);

	@Test
	void onATerminalEachPhaseIsRedrawnInPlaceOnALineOfItsOwn() throws InterruptedException {
		try (ProgressBar bar = new ProgressBar(this.out, this.now::get, true)) {
			this.now.set(Optional.of(VALIDATING));
			awaitOutput("\r" + ProgressBar.line(VALIDATING));
			this.now.set(Optional.of(PUBLISHING));
			awaitOutput("\n\r" + ProgressBar.line(PUBLISHING));
		}
		String output = output();
		assertThat(output).startsWith("\r" + ProgressBar.line(VALIDATING)).endsWith(ProgressBar.line(PUBLISHING) + "\n");
		assertThat(output.chars().filter((c) -> c == '\n')).as("a line per phase").hasSize(2);
		assertThat(output.replace("\r" + ProgressBar.line(VALIDATING), "").replace("\r" + ProgressBar.line(PUBLISHING), ""))
			.isEqualTo("\n\n");
	}

	@Test
	void toAFileOrAPipeItWritesALineAtEachPhaseAndNothingAfterItIsClosed() throws InterruptedException {
		try (ProgressBar bar = new ProgressBar(this.out, this.now::get, false)) {
			this.now.set(Optional.of(VALIDATING));
			awaitOutput(ProgressBar.line(VALIDATING) + System.lineSeparator());
			this.now.set(Optional.of(PUBLISHING));
			awaitOutput(ProgressBar.line(PUBLISHING) + System.lineSeparator());
		}
		String closed = output();
		assertThat(closed).doesNotContain("\r").startsWith(ProgressBar.line(VALIDATING) + System.lineSeparator());
		Thread.sleep(300);
		assertThat(output()).as("nothing after close").isEqualTo(closed);
	}

	@Test
	void toAFileOrAPipeALineThatHasNotChangedIsNotWrittenAgain() throws InterruptedException {
		assertThat(writtenToAFile(20_000_000L, VALIDATING, null, FURTHER)).as("one line per state, however long it lasts")
			.containsExactly(ProgressBar.line(VALIDATING), ProgressBar.line(FURTHER));
	}

	@Test
	void toAFileOrAPipeAChangedLineWaitsForItsIntervalButANewPhaseDoesNot() throws InterruptedException {
		assertThat(writtenToAFile(3_600_000_000_000L, VALIDATING, FURTHER, PUBLISHING))
			.as("the phase's further state came within the interval")
			.containsExactly(ProgressBar.line(VALIDATING), ProgressBar.line(PUBLISHING));
	}

	/**
	 * The lines a bar to a file writes, with at most one every {@code lineEveryNanos} within a
	 * phase, for {@code first}, then {@code meanwhile} (if any) held 600 ms, then {@code last}.
	 */
	private List<String> writtenToAFile(long lineEveryNanos, ImportProgress first, @Nullable ImportProgress meanwhile,
			ImportProgress last) throws InterruptedException {
		try (ProgressBar bar = new ProgressBar(this.out, this.now::get, false, lineEveryNanos)) {
			this.now.set(Optional.of(first));
			awaitOutput(ProgressBar.line(first) + System.lineSeparator());
			if (meanwhile != null) {
				this.now.set(Optional.of(meanwhile));
			}
			Thread.sleep(600);
			this.now.set(Optional.of(last));
			awaitOutput(ProgressBar.line(last) + System.lineSeparator());
		}
		return output().lines().toList();
	}

	@Test
	void nothingIsWrittenBeforeAnImportRuns() throws InterruptedException {
		try (ProgressBar bar = new ProgressBar(this.out, this.now::get, true)) {
			Thread.sleep(300);
		}
		assertThat(output()).isEmpty();
	}

	private void awaitOutput(String expected) throws InterruptedException {
		for (int i = 0; i < 1_000 && !output().contains(expected); i++) {
			Thread.sleep(10);
		}
		assertThat(output()).contains(expected);
	}

	private String output() {
		return this.bytes.toString(StandardCharsets.UTF_8);
	}

	@Test
	void aLineShowsTheShareDoneAsABarAndTheTimeLeftInMinutes() {
		assertThat(ProgressBar.line(new ImportProgress("trade", "validate", 2_500, 10_000, 1_200, 125, 2)))
			.isEqualTo("validate [########----------------------]  25% 2,500 of ~10,000 rows, 1,200 rows/s, 2:05 left");
	}

	@Test
	void beforeTheTimeLeftCanBeToldItShowsDashes() {
		assertThat(ProgressBar.line(new ImportProgress("trade", "check", 0, 0, 0, -1, 0)))
			.isEqualTo("check    [------------------------------]   0% 0 of ~0 rows, 0 rows/s, --:-- left");
	}

	@Test
	void theBarIsFullAtTheEndAndNeverOverflows() {
		assertThat(ProgressBar.line(new ImportProgress("trade", "publish", 12, 10, 6, 0, 2)))
			.isEqualTo("publish  [##############################] 100% 12 of ~10 rows, 6 rows/s, 0:00 left");
	}

}
