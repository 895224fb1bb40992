package io.normgraph.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Boilerplate: shingles in more provisions than the cut-off, by the frequent-items sketch. */
class BoilerplateTests {

	@Test
	void shinglesInMoreProvisionsThanTheCutOffAreBoilerplateAndRareOnesAreNot() {
		Boilerplate boilerplate = new Boilerplate();
		for (long provision = 0; provision < 10_000; provision++) {
			long common = provision % 2;
			boilerplate.count(new long[] { -1 - common, 1_000 + provision, 100_000 + provision / 40 });
		}
		boilerplate.freeze(ReuseSettings.defaults().boilerplateCutoff(10_000));
		assertThat(boilerplate.contains(-1)).isTrue();
		assertThat(boilerplate.contains(-2)).isTrue();
		assertThat(boilerplate.contains(100_000)).as("in 40 provisions, under the cut-off of 50").isFalse();
		assertThat(boilerplate.contains(1_000)).isFalse();
		assertThat(boilerplate.size()).isEqualTo(2);
	}

	@Test
	void theCutOffIsAShareOfTheProvisionsButNeverUnderTheMinimum() {
		ReuseSettings settings = ReuseSettings.defaults();
		assertThat(settings.boilerplateCutoff(1_000)).isEqualTo(50);
		assertThat(settings.boilerplateCutoff(1_000_000)).isEqualTo(5_000);
	}

}
