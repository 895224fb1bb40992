package io.normgraph.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The words of a text: maximal runs of letters and digits (any script), compared without case,
 * each with its character offsets in the original text. Punctuation and spacing are not words,
 * so "Party's" is two words and a changed comma is no difference.
 * <p>
 * Each word also has a 32-bit hash of its lower-cased characters, computed without building a
 * string, which is what shingling works on.
 */
public final class Words {

	private final String text;

	private final int[] starts;

	private final int[] ends;

	private final int[] hashes;

	private Words(String text, int[] starts, int[] ends, int[] hashes) {
		this.text = text;
		this.starts = starts;
		this.ends = ends;
		this.hashes = hashes;
	}

	/** The words of the whole text. */
	public static Words of(String text) {
		return of(text, Integer.MAX_VALUE);
	}

	/** The first {@code limit} words of the text at most, so a huge text costs bounded time. */
	public static Words of(String text, int limit) {
		int capacity = Math.min(limit, Math.max(16, text.length() / 6));
		int[] starts = new int[capacity];
		int[] ends = new int[capacity];
		int[] hashes = new int[capacity];
		int count = 0;
		int i = 0;
		int length = text.length();
		while (i < length && count < limit) {
			int c = text.codePointAt(i);
			if (!Character.isLetterOrDigit(c)) {
				i += Character.charCount(c);
				continue;
			}
			int start = i;
			int hash = 0x811c9dc5;
			while (i < length) {
				c = text.codePointAt(i);
				if (!Character.isLetterOrDigit(c)) {
					break;
				}
				hash = (hash ^ Character.toLowerCase(c)) * 0x01000193;
				i += Character.charCount(c);
			}
			if (count == starts.length) {
				int grown = (int) Math.min(limit, starts.length * 2L);
				starts = Arrays.copyOf(starts, grown);
				ends = Arrays.copyOf(ends, grown);
				hashes = Arrays.copyOf(hashes, grown);
			}
			starts[count] = start;
			ends[count] = i;
			hashes[count] = hash;
			count++;
		}
		return new Words(text, Arrays.copyOf(starts, count), Arrays.copyOf(ends, count), Arrays.copyOf(hashes, count));
	}

	public String text() {
		return this.text;
	}

	public int size() {
		return this.starts.length;
	}

	/** Offset of the first character of word {@code i}. */
	public int start(int i) {
		return this.starts[i];
	}

	/** Offset just past the last character of word {@code i}. */
	public int end(int i) {
		return this.ends[i];
	}

	/** Hash of word {@code i} in lower case: equal words have equal hashes. */
	public int hash(int i) {
		return this.hashes[i];
	}

	/** Word {@code i} as written in the text. */
	public String word(int i) {
		return this.text.substring(this.starts[i], this.ends[i]);
	}

	/** Offset where word {@code i} starts if there is one, else just after the last word before it. */
	public int boundary(int i) {
		return (i < size()) ? this.starts[i] : (i == 0) ? 0 : this.ends[i - 1];
	}

	/** The words in lower case, for comparing with {@code equals}. */
	public List<String> normalised() {
		String[] words = new String[size()];
		for (int i = 0; i < words.length; i++) {
			words[i] = word(i).toLowerCase(Locale.ROOT);
		}
		return List.of(words);
	}

}
