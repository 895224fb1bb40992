package io.normgraph.reuse;

/**
 * The parameters of a detection run (docs/reuse.md says how each was chosen; the defaults are
 * the ones measured in docs/benchmarks.md).
 *
 * @param shingleWords words per shingle (k)
 * @param window winnowing window: one fingerprint is kept per {@code window} consecutive
 * shingles, so any shared run of {@code window + shingleWords - 1} words shares a fingerprint
 * @param minWords texts with fewer words are skipped and counted
 * @param maxWords words of a text read at most, so a huge text costs bounded time
 * @param boilerplateShare a shingle in more than this share of the provisions is boilerplate
 * @param boilerplateMinProvisions ... but only if it is in more than this many provisions, so
 * a small corpus's few real copies are never taken for boilerplate
 * @param maxPostings a fingerprint in more provisions than this finds no candidates: too
 * common to tell copies from coincidences, and the bound on the postings read per fingerprint
 * (at least; see {@code postingsGrowth})
 * @param postingsGrowth the cap grows with the square root of the provisions indexed: it is
 * the larger of {@code maxPostings} and {@code postingsGrowth × √provisions} (0: fixed), so
 * that a large corpus, in which more fingerprints are common by chance, keeps enough usable
 * fingerprints per text while the postings read per fingerprint grow far slower than the corpus
 * @param candidateShare a pair is a candidate when it shares at least this share of the smaller
 * text's fingerprints
 * @param minSharedFingerprints ... and at least this many
 * @param maxGap words without a shared shingle that an aligned passage may bridge
 * @param maxDrift words inserted or deleted within an aligned passage between two seeds
 * @param minSpanWords an aligned passage shorter than this many words is not reuse
 * @param threshold findings with a lower score are not reported
 * @param chunk provisions verified per batch (texts looked up per batch)
 */
public record ReuseSettings(int shingleWords, int window, int minWords, int maxWords, double boilerplateShare,
		int boilerplateMinProvisions, int maxPostings, double postingsGrowth, double candidateShare, int minSharedFingerprints, int maxGap, int maxDrift,
		int minSpanWords, double threshold, int chunk) {

	/** The default {@code boilerplateMinProvisions}, which a user may change (docs/running.md). */
	public static final int BOILERPLATE_MIN_PROVISIONS = 50;

	public ReuseSettings {
		if (postingsGrowth < 0 || shingleWords < 1 || window < 1 || minWords < shingleWords || maxWords < minWords || chunk < 1
				|| boilerplateMinProvisions < 1) {
			throw new IllegalArgumentException("inconsistent reuse settings " + this);
		}
	}

	public static ReuseSettings defaults() {
		return new ReuseSettings(4, 3, 12, 20_000, 0.005, BOILERPLATE_MIN_PROVISIONS, 50, 0.25, 0.05, 2, 12, 6, 8, 0.4, 2_000);
	}

	/** These settings with another floor for boilerplate: a shingle in at most {@code value} provisions never is. */
	public ReuseSettings withBoilerplateMinProvisions(int value) {
		return new ReuseSettings(this.shingleWords, this.window, this.minWords, this.maxWords, this.boilerplateShare,
				value, this.maxPostings, this.postingsGrowth, this.candidateShare, this.minSharedFingerprints, this.maxGap,
				this.maxDrift, this.minSpanWords, this.threshold, this.chunk);
	}

	public ReuseSettings withThreshold(double value) {
		return new ReuseSettings(this.shingleWords, this.window, this.minWords, this.maxWords, this.boilerplateShare,
				this.boilerplateMinProvisions, this.maxPostings, this.postingsGrowth, this.candidateShare, this.minSharedFingerprints, this.maxGap,
				this.maxDrift, this.minSpanWords, value, this.chunk);
	}

	/** This run's settings with another posting cap growth (0: the cap stays {@code maxPostings}). */
	public ReuseSettings withPostingsGrowth(double value) {
		return new ReuseSettings(this.shingleWords, this.window, this.minWords, this.maxWords, this.boilerplateShare,
				this.boilerplateMinProvisions, this.maxPostings, value, this.candidateShare, this.minSharedFingerprints,
				this.maxGap, this.maxDrift, this.minSpanWords, this.threshold, this.chunk);
	}

	/** The most provisions a fingerprint may be in and still find candidates, when {@code provisions} are indexed. */
	long postingsCap(long provisions) {
		return Math.max(this.maxPostings, (long) Math.ceil(this.postingsGrowth * Math.sqrt(provisions)));
	}

	/** Above how many provisions a shingle is boilerplate, when {@code provisions} are indexed. */
	long boilerplateCutoff(long provisions) {
		return Math.max(this.boilerplateMinProvisions, (long) Math.ceil(this.boilerplateShare * provisions));
	}

}
