package io.normgraph.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.normgraph.synthetic.TreatyLanguage;

/** Verification: seeds, chains, banded Smith-Waterman spans and the shares they cover. */
class AlignerTests {

	static final ReuseSettings SETTINGS = ReuseSettings.defaults();

	final TreatyLanguage language = new TreatyLanguage(new SplittableRandom(7));

	static final String PARAGRAPH = "Where the competent authorities have reasonable grounds to suspect that goods in transit "
			+ "infringe a trademark, they may suspend the release of those goods for a period not exceeding ten working days, "
			+ "during which the right holder shall initiate proceedings leading to a decision on the merits.";

	@Test
	void aParagraphInsideALongerArticleIsOneSpanAtItsOffsetsAndAllOfTheParagraphIsCovered() {
		String before = text(400);
		String after = text(600);
		String article = before + " " + PARAGRAPH + " " + after;
		Alignment alignment = aligner().align(profile(article), profile(PARAGRAPH));
		assertThat(alignment).isNotNull();
		assertThat(alignment.spans()).hasSize(1);
		int[] span = alignment.spans().get(0);
		TextProfile a = profile(article);
		assertThat(a.words().start(span[0])).isEqualTo(article.indexOf("Where the competent"));
		assertThat(a.words().end(span[1] - 1)).isEqualTo(article.indexOf("merits.") + "merits".length());
		assertThat(span[2]).isZero();
		assertThat(span[3]).isEqualTo(profile(PARAGRAPH).words().size());
		assertThat(alignment.bShare()).isEqualTo(1.0);
		assertThat(alignment.aShare()).isLessThan(0.1);
		assertThat(alignment.similarity()).isLessThan(0.1);
	}

	@Test
	void substitutionsInsertionsAndDeletionsStayInsideOneSpan() {
		String edited = PARAGRAPH.replace("reasonable", "sufficient").replace("goods in transit", "goods in free transit")
			.replace("working ", "");
		Alignment alignment = aligner().align(profile(edited), profile(PARAGRAPH));
		assertThat(alignment.spans()).hasSize(1);
		assertThat(alignment.aShare()).isEqualTo(1.0);
		assertThat(alignment.bShare()).isGreaterThan(0.95);
		assertThat(alignment.similarity()).isLessThan(0.8);
	}

	@Test
	void reorderedSentencesAreSeparateSpansThatTogetherCoverBothTexts() {
		String first = String.join(" ", this.language.sentences(40));
		String second = String.join(" ", this.language.sentences(40));
		Alignment alignment = aligner().align(profile(second + " " + first), profile(first + " " + second));
		assertThat(alignment.spans()).hasSize(2);
		assertThat(alignment.aShare()).isGreaterThan(0.95);
		assertThat(alignment.bShare()).isGreaterThan(0.95);
		int[] earlierFirst = alignment.spans().get(1);
		assertThat(earlierFirst[2]).isZero();
	}

	@Test
	void unrelatedTextsInTheSameLanguageDoNotAlign() {
		Alignment alignment = aligner().align(profile(text(300)), profile(text(300)));
		assertThat(alignment == null || Math.max(alignment.aShare(), alignment.bShare()) < 0.1).isTrue();
	}

	@Test
	void aPassageMadeOnlyOfBoilerplateIsNoSeedOnceItsShinglesAreBoilerplate() {
		String boilerplate = "Nothing in this Agreement shall be construed to prevent a Party from adopting or enforcing measures necessary to protect public morals.";
		String a = text(20) + " " + boilerplate;
		String b = boilerplate + " " + text(20);
		assertThat(aligner().align(profile(a), profile(b))).isNotNull();
		Boilerplate known = new Boilerplate();
		for (int i = 0; i < 100; i++) {
			known.count(profile(boilerplate).distinct());
		}
		known.freeze(50);
		Aligner aligner = new Aligner(SETTINGS, known);
		assertThat(aligner.align(TextProfile.of(a, SETTINGS, known), TextProfile.of(b, SETTINGS, known))).isNull();
		String shared = text(12);
		Alignment joined = aligner.align(TextProfile.of(a + " " + shared, SETTINGS, known),
				TextProfile.of(boilerplate + " " + shared, SETTINGS, known));
		assertThat(joined.bShare()).as("the words after the boilerplate are all of b that counts").isEqualTo(1.0);
	}

	@Test
	void bandedSmithWatermanFindsTheBestLocalAlignmentInsideTheBand() {
		TextProfile a = profile("x y z a b c d e f g q r");
		TextProfile b = profile("a b c d X f g");
		int[] span = BandedSmithWaterman.align(a.words(), 0, a.words().size(), b.words(), 0, b.words().size(), 0, 6);
		assertThat(span).containsExactly(3, 10, 0, 7);
		int[] outside = BandedSmithWaterman.align(a.words(), 0, a.words().size(), b.words(), 0, b.words().size(), -5, 0);
		assertThat(outside == null || outside[1] - outside[0] < 2).isTrue();
	}

	@Test
	void chainsJoinSeedsOnNearbyDiagonalsAndSplitAtJumps() {
		List<Aligner.Chain> chains = aligner().chains(new long[] { seed(0, 0), seed(1, 1), seed(6, 8), seed(9, 11),
				seed(40, 2), seed(41, 3), seed(42, 4), seed(43, 5), seed(44, 6), seed(60, 60) });
		assertThat(chains).hasSize(2);
		assertThat(chains).anySatisfy((c) -> assertThat(new int[] { c.firstI, c.lastI, c.seeds }).containsExactly(0, 9, 4));
		assertThat(chains).anySatisfy((c) -> assertThat(new int[] { c.firstI, c.lastI, c.seeds }).containsExactly(40, 44, 5));
	}

	@Test
	void aSeedWithinReachButTooFarOffTheDiagonalStartsAChainOfItsOwn() {
		List<Aligner.Chain> chains = aligner().chains(new long[] { seed(0, 0), seed(1, 1), seed(2, 2), seed(3, 3),
				seed(4, 4), seed(10, 18), seed(11, 19), seed(12, 20), seed(13, 21), seed(14, 22) });
		assertThat(chains).extracting((c) -> c.firstI).containsExactlyInAnyOrder(0, 10);
	}

	private static long seed(int i, int j) {
		return ((long) i << 32) | j;
	}

	private String text(int words) {
		return String.join(" ", this.language.sentences(words));
	}

	static TextProfile profile(String text) {
		return TextProfile.of(text, SETTINGS, new Boilerplate());
	}

	static Aligner aligner() {
		return new Aligner(SETTINGS, new Boilerplate());
	}

}
