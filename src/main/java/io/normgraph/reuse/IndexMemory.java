package io.normgraph.reuse;

/**
 * What a {@link ReuseIndex} of the given provisions will hold on the heap, estimated before it is
 * built, so that a caller can tell whether it fits: a fixed part (the boilerplate sketch, the
 * first tables), a part per provision with text (its id and map entry, its slots in the
 * per-provision arrays) and a part per character of text (its fingerprints' postings and their
 * keys, about one fingerprint for every two words). Fitted to the heap retained by indexes of
 * 200,000 provisions with texts of two lengths ({@code ReuseIndexMemoryBenchmark}, docs/benchmarks.md,
 * "Import in bounded memory"): 76 MiB for 129 characters a text, 279 MiB for 1,288 (about 195 bytes
 * a provision and 0.92 a character), rounded up, so that it is an upper bound of both (89 and
 * 310 MiB). The arrays grow by doubling, so an index just past a doubling holds less than this.
 */
public final class IndexMemory {

	/** The boilerplate sketch (10 MiB) and the tables an empty index starts with. */
	static final long FIXED = 16L << 20;

	static final long PER_PROVISION = 256;

	static final long PER_CHARACTER = 1;

	private IndexMemory() {
	}

	/** Bytes an index of {@code provisions} with text, {@code characters} of text in all, holds at most. */
	public static long bytes(long provisions, long characters) {
		return FIXED + provisions * PER_PROVISION + characters * PER_CHARACTER;
	}

}
