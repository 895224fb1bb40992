package io.normgraph;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Without Chromium a browser test is skipped on a developer's machine and fails in CI, where
 * .ci/run installs it.
 */
class HeadlessChromiumTests {

	@Test
	void missingChromiumSkipsOutsideCi() {
		assertThatExceptionOfType(TestAbortedException.class)
			.isThrownBy(() -> HeadlessChromium.assumeInstalled("/usr/bin/chromium is missing", false))
			.withMessageContaining("/usr/bin/chromium is missing");
	}

	@Test
	void missingChromiumFailsInCi() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> HeadlessChromium.assumeInstalled("/usr/bin/chromium is missing", true))
			.withMessageContaining("CI=true");
	}

	@Test
	void installedChromiumRunsEverywhere() {
		assertThatCode(() -> HeadlessChromium.assumeInstalled(null, true)).doesNotThrowAnyException();
		assertThatCode(() -> HeadlessChromium.assumeInstalled(null, false)).doesNotThrowAnyException();
	}

}
