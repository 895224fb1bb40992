package io.normgraph.corpus;

import java.util.stream.Collectors;

/**
 * An import or removal that found problems and so wrote nothing.
 */
public class CorpusImportException extends RuntimeException {

	/** How many problems the message lists before it says "and N more". */
	private static final int LISTED = 20;

	private final transient ImportReport report;

	public CorpusImportException(ImportReport report) {
		super(message(report));
		this.report = report;
	}

	public ImportReport report() {
		return this.report;
	}

	private static String message(ImportReport report) {
		int count = report.problems().size();
		String listed = report.problems().stream().limit(LISTED).map(ImportProblem::toString)
			.collect(Collectors.joining("; "));
		return "Import of corpus '" + report.corpus() + "' from " + report.from() + " failed with " + count + " problem" + ((count == 1) ? "" : "s")
				+ ", nothing was written: " + listed + ((count > LISTED) ? "; and " + (count - LISTED) + " more" : "");
	}

}
