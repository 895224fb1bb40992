package io.normgraph.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Words, their offsets in the original text and their case-blind hashes. */
class WordsTests {

	@Test
	void wordsAreRunsOfLettersAndDigitsWithOffsetsIntoTheOriginalText() {
		String text = "  The Party's  measures (Article 51), ex-officio: §2 Zölle!";
		Words words = Words.of(text);
		assertThat(words.size()).isEqualTo(10);
		for (int i = 0; i < words.size(); i++) {
			assertThat(text.substring(words.start(i), words.end(i))).isEqualTo(words.word(i));
		}
		assertThat(words.word(0)).isEqualTo("The");
		assertThat(words.word(2)).isEqualTo("s");
		assertThat(words.word(5)).isEqualTo("51");
		assertThat(words.word(8)).isEqualTo("2");
		assertThat(words.word(9)).isEqualTo("Zölle");
		assertThat(words.start(0)).isEqualTo(2);
		assertThat(words.end(9)).isEqualTo(text.length() - 1);
	}

	@Test
	void equalWordsInAnyCaseHaveEqualHashesAndOthersDiffer() {
		Words words = Words.of("Shall SHALL shall shell");
		assertThat(words.hash(0)).isEqualTo(words.hash(1)).isEqualTo(words.hash(2));
		assertThat(words.hash(3)).isNotEqualTo(words.hash(0));
		assertThat(words.normalised()).containsExactly("shall", "shall", "shall", "shell");
	}

	@Test
	void aLimitStopsAfterThatManyWords() {
		Words words = Words.of("one two three four five", 3);
		assertThat(words.size()).isEqualTo(3);
		assertThat(words.word(2)).isEqualTo("three");
	}

	@Test
	void characterOutsideTheBasicPlaneIsPartOfAWordAndOffsetsStayInChars() {
		String text = "a 𝔘𝔫𝔦 b";
		Words words = Words.of(text);
		assertThat(words.size()).isEqualTo(3);
		assertThat(words.word(1)).isEqualTo("𝔘𝔫𝔦");
		assertThat(words.start(2)).isEqualTo(text.length() - 1);
	}

	@Test
	void aTextWithoutWordsHasNone() {
		assertThat(Words.of(" ,;- ").size()).isZero();
		assertThat(Words.of("").boundary(0)).isZero();
	}

}
