package io.normgraph.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.normgraph.synthetic.TreatyLanguage;
import io.normgraph.text.Words;

/** Shingle hashes, winnowing's guarantee, and Jaccard. */
class ShinglesTests {

	@Test
	void aShingleIsItsWordsWhateverTheCaseAndPunctuationAndOnePerStartingWord() {
		long[] a = Shingles.of(Words.of("The Parties shall cooperate fully"), 3);
		long[] b = Shingles.of(Words.of("the parties, SHALL (cooperate) fully!"), 3);
		assertThat(a).hasSize(3).containsExactly(b);
		assertThat(a[0]).isNotEqualTo(a[1]);
		assertThat(Shingles.of(Words.of("shall the parties"), 3)).doesNotContain(a[0]);
		assertThat(Shingles.of(Words.of("two words"), 3)).isEmpty();
		assertThat(Shingles.of(Words.of("the parties shall cooperate"), 4))
			.doesNotContain(Shingles.of(Words.of("the parties shall consult"), 4)[0]);
	}

	@Test
	void anySharedRunOfWindowPlusKMinusOneWordsSharesAFingerprint() {
		SplittableRandom random = new SplittableRandom(1);
		TreatyLanguage language = new TreatyLanguage(random);
		int k = 4;
		int window = 6;
		for (int trial = 0; trial < 200; trial++) {
			String[] shared = String.join(" ", language.sentences(20)).split(" ");
			String run = String.join(" ", Arrays.copyOf(shared, window + k - 1));
			String a = String.join(" ", language.sentences(30)) + " " + run + " " + String.join(" ", language.sentences(30));
			String b = String.join(" ", language.sentences(50)) + " " + run;
			long[] fa = Shingles.winnow(Shingles.of(Words.of(a), k), window);
			long[] fb = Shingles.winnow(Shingles.of(Words.of(b), k), window);
			assertThat(Arrays.stream(fa).anyMatch((f) -> Arrays.binarySearch(fb, f) >= 0)).as("trial %d", trial).isTrue();
		}
	}

	@Test
	void winnowingKeepsAboutTwoInWindowPlusOneAndAShortTextItsSmallest() {
		long[] hashes = new SplittableRandom(2).longs(10_000).toArray();
		double density = Shingles.winnow(hashes, 6).length / 10_000.0;
		assertThat(density).isBetween(2 / 7.0 - 0.03, 2 / 7.0 + 0.03);
		assertThat(Shingles.winnow(new long[] { 5, 3, 9 }, 6)).containsExactly(3);
	}

	@Test
	void jaccardOfSortedSets() {
		assertThat(Shingles.jaccard(new long[] { 1, 2, 3, 4 }, new long[] { 3, 4, 5, 6 })).isEqualTo(2 / 6.0);
		assertThat(Shingles.jaccard(new long[] { 1 }, new long[] { 1 })).isEqualTo(1.0);
		assertThat(Shingles.jaccard(new long[0], new long[0])).isZero();
		assertThat(Shingles.distinct(new long[] { 3, 1, 3, 2, 1 })).containsExactly(1, 2, 3);
	}

}
