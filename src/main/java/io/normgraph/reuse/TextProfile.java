package io.normgraph.reuse;

import io.normgraph.text.Words;

/** A text ready to compare: its words, the hash of the shingle at each word, the distinct shingles sorted. */
record TextProfile(Words words, long[] shingles, long[] distinct) {

	static TextProfile of(String text, ReuseSettings settings) {
		Words words = Words.of(text, settings.maxWords());
		long[] shingles = Shingles.of(words, settings.shingleWords());
		return new TextProfile(words, shingles, Shingles.distinct(shingles));
	}

}
