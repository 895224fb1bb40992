package io.normgraph.reuse;

import java.util.Arrays;

import io.normgraph.text.Words;

/**
 * A text ready to compare: its words, the hash of the shingle at each word, where each shingle
 * occurs, and how many words before each position are not
 * boilerplate ({@code content[i]}; a word inside any boilerplate shingle is boilerplate), so that
 * shares count only what is not boilerplate.
 */
record TextProfile(Words words, long[] shingles, ShingleTable table, int[] content) {

	static TextProfile of(String text, ReuseSettings settings, Boilerplate boilerplate) {
		Words words = Words.of(text, settings.maxWords());
		long[] shingles = Shingles.of(words, settings.shingleWords());
		boolean[] common = new boolean[words.size()];
		for (int i = 0; i < shingles.length; i++) {
			if (boilerplate.contains(shingles[i])) {
				Arrays.fill(common, i, i + settings.shingleWords(), true);
			}
		}
		int[] content = new int[words.size() + 1];
		for (int i = 0; i < common.length; i++) {
			content[i + 1] = content[i] + (common[i] ? 0 : 1);
		}
		return new TextProfile(words, shingles, new ShingleTable(shingles), content);
	}

	/** The distinct shingles, sorted (computed on each call: only findings need them). */
	long[] distinct() {
		return Shingles.distinct(this.shingles);
	}

	/** Words that are not boilerplate. */
	int contentWords() {
		return this.content[this.content.length - 1];
	}

}
