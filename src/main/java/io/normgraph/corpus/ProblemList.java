package io.normgraph.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems of one run, all counted, the first {@link #LIMIT} kept: a corpus of millions of
 * rows with a fault in each must not fill the heap with its report. The limit is in
 * import/README.md.
 */
final class ProblemList implements CsvCorpusParser.ProblemSink {

	/** Problems listed by one report; the rest are counted. */
	static final int LIMIT = 10_000;

	private final List<ImportProblem> kept = new ArrayList<>();

	private long count;

	@Override
	public synchronized void add(ImportProblem problem) {
		this.count++;
		if (this.kept.size() < LIMIT) {
			this.kept.add(problem);
		}
	}

	synchronized long count() {
		return this.count;
	}

	synchronized boolean isEmpty() {
		return this.count == 0;
	}

	/** The problems kept, and a last one saying how many more there were. */
	synchronized List<ImportProblem> listed() {
		List<ImportProblem> listed = new ArrayList<>(this.kept);
		if (this.count > this.kept.size()) {
			listed.add(new ImportProblem("", 0, null, (this.count - this.kept.size()) + " more problem(s) not listed: a report lists the first "
					+ LIMIT + "; fix these and run again"));
		}
		return List.copyOf(listed);
	}

}
