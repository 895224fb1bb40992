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
	void freezingAgainAfterAFewMoreProvisionsGivesTheSetAFullFreezeGives() {
		Boilerplate stepwise = new Boilerplate();
		java.util.SplittableRandom random = new java.util.SplittableRandom(7);
		java.util.List<long[]> counted = new java.util.ArrayList<>();
		ReuseSettings settings = ReuseSettings.defaults();
		// Zipf-like shingles, enough distinct ones that the sketch purges, and a cut-off that rises with the provisions.
		for (int provision = 1; provision <= 30_000; provision++) {
			long[] shingles = new long[40];
			for (int k = 0; k < shingles.length; k++) {
				shingles[k] = (long) (Math.pow(random.nextDouble(), -1.3) * 10) + ((random.nextInt(3) == 0) ? random.nextLong(1L << 40) : 0);
			}
			shingles = java.util.Arrays.stream(shingles).distinct().toArray();
			counted.add(shingles);
			stepwise.count(shingles);
			if (provision % 2_500 == 0 || provision > 29_990) {
				stepwise.freeze(settings.boilerplateCutoff(provision));
				Boilerplate full = new Boilerplate();
				counted.forEach(full::count);
				full.freeze(settings.boilerplateCutoff(provision));
				assertThat(stepwise.size()).as("after %d provisions", provision).isEqualTo(full.size()).isPositive();
				for (long[] provisionShingles : counted.subList(counted.size() - 200, counted.size())) {
					for (long shingle : provisionShingles) {
						assertThat(stepwise.contains(shingle)).isEqualTo(full.contains(shingle));
					}
				}
			}
		}
	}

	@Test
	void theCutOffIsAShareOfTheProvisionsButNeverUnderTheMinimum() {
		ReuseSettings settings = ReuseSettings.defaults();
		assertThat(settings.boilerplateCutoff(1_000)).isEqualTo(50);
		assertThat(settings.boilerplateCutoff(1_000_000)).isEqualTo(5_000);
	}

}
