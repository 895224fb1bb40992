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

	/**
	 * A chain's fields are what the band and the coverage are computed from: first and last seed,
	 * the lowest and highest diagonal {@code i - j}, and the words of the first text its seeds
	 * cover (a seed adds the words it does not share with the one before: at most k).
	 */
	@Test
	void aChainKnowsItsEndsItsDiagonalsAndTheWordsItsSeedsCover() {
		Aligner.Chain rising = single(seed(3, 1), seed(5, 2), seed(9, 5), seed(12, 8));
		assertThat(new int[] { rising.firstI, rising.firstJ, rising.lastI, rising.lastJ }).containsExactly(3, 1, 12, 8);
		assertThat(new int[] { rising.minDiagonal, rising.maxDiagonal }).containsExactly(2, 4);
		assertThat(rising.covered).as("4 + 2 + 4 + 3 words").isEqualTo(13);
		assertThat(rising.seeds).isEqualTo(4);
		Aligner.Chain falling = single(seed(3, 1), seed(5, 4), seed(9, 8));
		assertThat(new int[] { falling.minDiagonal, falling.maxDiagonal }).containsExactly(1, 2);
		assertThat(falling.covered).as("4 + 2 + 4 words").isEqualTo(10);
	}

	private static Aligner.Chain single(long... seeds) {
		List<Aligner.Chain> chains = aligner().chains(seeds);
		assertThat(chains).hasSize(1);
		return chains.get(0);
	}

	/**
	 * A seed joins a chain across at most {@code maxGap} words without a shared shingle (in either
	 * text) and a drift of at most {@code maxDrift} words; one word more starts a chain of its own.
	 * With the defaults (k = 4, maxGap = 12, maxDrift = 6) a seed is within reach 16 words on.
	 */
	@Test
	void aSeedJoinsAChainUpToTheGapAndTheDriftAndNotOneWordFurther() {
		assertThat(SETTINGS.maxGap() + SETTINGS.shingleWords()).isEqualTo(16);
		assertThat(SETTINGS.maxDrift()).isEqualTo(6);
		assertThat(lastSeeds(seed(0, 0), seed(4, 4), seed(20, 20))).as("16 words on").containsExactly(3);
		assertThat(lastSeeds(seed(0, 0), seed(4, 4), seed(21, 21), seed(25, 25))).as("17 words on").containsExactly(2, 2);
		assertThat(lastSeeds(seed(0, 0), seed(4, 4), seed(14, 20))).as("16 words on in b, drift 6").containsExactly(3);
		assertThat(lastSeeds(seed(0, 0), seed(4, 4), seed(15, 21), seed(19, 25))).as("17 words on in b")
			.containsExactly(2, 2);
		assertThat(lastSeeds(seed(0, 0), seed(4, 4), seed(10, 17), seed(14, 21))).as("drift 7").containsExactly(2, 2);
		assertThat(lastSeeds(seed(0, 0), seed(4, 4), seed(4, 6), seed(8, 8))).as("a second seed at the same word of a")
			.containsExactly(3);
		assertThat(lastSeeds(seed(0, 0), seed(4, 4), seed(6, 4), seed(8, 8))).as("a second seed at the same word of b")
			.containsExactly(3);
	}

	/** Seeds per chain kept (a chain covering fewer than {@code minSpanWords} words is dropped), in order of a. */
	private static List<Integer> lastSeeds(long... seeds) {
		return aligner().chains(seeds).stream().sorted(java.util.Comparator.comparingInt((c) -> c.firstI)).map((c) -> c.seeds).toList();
	}

	/** A passage of exactly {@code minSpanWords} (8) shared words is reuse; 7 are not. */
	@Test
	void aSharedPassageOfTheMinimumLengthIsOneSpanAndOneWordLessIsNone() {
		assertThat(SETTINGS.minSpanWords()).isEqualTo(8);
		Alignment eight = aligner().align(profile(words("a", 10) + " " + words("s", 8) + " " + words("x", 10)),
				profile(words("b", 5) + " " + words("s", 8) + " " + words("y", 7)));
		assertThat(eight).isNotNull();
		assertThat(eight.spans()).containsExactly(new int[] { 10, 18, 5, 13 });
		assertThat(aligner().align(profile(words("a", 10) + " " + words("s", 7) + " " + words("x", 10)),
				profile(words("b", 5) + " " + words("s", 7) + " " + words("y", 7)))).isNull();
	}

	/**
	 * Banded Smith-Waterman settles a passage's ends inside a box around its seeds: k + 2 words
	 * before the first and after the last shared shingle. Words that match every other word
	 * around a copied passage (each pair scores +2 - 1) extend its span to the edges of that box
	 * and no further.
	 */
	@Test
	void aSpanReachesPastItsSharedShinglesByAtMostKPlusTwoWords() {
		String a = alternating("c", "a", 12) + " " + words("s", 12) + " " + alternating("e", "d", 12);
		String b = alternating("c", "b", 12) + " " + words("s", 12) + " " + alternating("f", "d", 12);
		Alignment alignment = aligner().align(profile(a), profile(b));
		assertThat(alignment.spans()).hasSize(1);
		int pad = SETTINGS.shingleWords() + 2;
		assertThat(alignment.spans().get(0)).containsExactly(12 - pad, 24 + pad, 12 - pad, 24 + pad);
	}

	/**
	 * A shingle repeated more than 8 times in either text is that text's own boilerplate, no seed;
	 * 8 times is still a seed at each place.
	 */
	@Test
	void aShingleRepeatedMoreThanEightTimesInOneTextIsNoSeed() {
		String phrase = "alpha beta gamma delta";
		TextProfile eightTimes = profile(repeated(phrase, 8));
		TextProfile nineTimes = profile(repeated(phrase, 9));
		// The shorter text's shingles are looked up in the longer one's: the repeats count on both sides.
		TextProfile shortOnce = profile(words("a", 6) + " " + phrase + " " + words("b", 10));
		TextProfile longOnce = profile(words("a", 6) + " " + phrase + " " + words("b", 80));
		assertThat(aligner().seeds(shortOnce, eightTimes)).hasSize(8).isSorted();
		assertThat(aligner().seeds(shortOnce, nineTimes)).isEmpty();
		assertThat(aligner().seeds(longOnce, eightTimes)).hasSize(8).isSorted();
		assertThat(aligner().seeds(longOnce, nineTimes)).isEmpty();
	}

	/** Seeds are in the order of the first text whichever text is shorter: chaining reads them so. */
	@Test
	void seedsAreInTheOrderOfTheFirstTextWhicheverIsShorter() {
		String first = words("p", 20);
		String second = words("q", 20);
		TextProfile longer = profile(first + " " + words("z", 30) + " " + second);
		TextProfile shorter = profile(second + " " + first);
		assertThat(aligner().seeds(longer, shorter)).hasSize(34).isSorted();
		assertThat(aligner().seeds(shorter, longer)).hasSize(34).isSorted();
	}

	/** {@code n} distinct words: prefix0 prefix1 … */
	private static String words(String prefix, int n) {
		return String.join(" ", java.util.stream.IntStream.range(0, n).mapToObj((i) -> prefix + i).toList());
	}

	/** {@code n} words {@code even0 odd1 even2 odd3 …}: two texts that share one prefix match every other word. */
	private static String alternating(String even, String odd, int n) {
		return String.join(" ", java.util.stream.IntStream.range(0, n)
			.mapToObj((i) -> (i % 2 == 0) ? even + i : odd + i)
			.toList());
	}

	private static String repeated(String phrase, int times) {
		return String.join(" ", java.util.stream.IntStream.range(0, times).mapToObj((i) -> phrase + " w" + i + " v" + i).toList());
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
