package io.normgraph.reuse;

/**
 * What a detection run did.
 *
 * @param provisions provisions read
 * @param withoutText provisions without text, skipped
 * @param tooShort provisions with fewer than {@code minWords} words, skipped
 * @param truncated texts longer than {@code maxWords} words, compared on their first words only
 * @param compared provisions compared against the index (the new or changed ones)
 * @param candidates candidate pairs verified
 * @param findings findings reported (score at or over the threshold)
 * @param boilerplateShingles shingles taken for boilerplate
 * @param indexMillis time to tokenise and index the provisions
 * @param compareMillis time to find candidates and verify them (texts looked up included)
 */
public record ReuseRun(long provisions, long withoutText, long tooShort, long truncated, long compared,
		long candidates, long findings, int boilerplateShingles, long indexMillis, long compareMillis) {

	public boolean empty() {
		return this.provisions == 0;
	}

}
