package io.normgraph.system;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/**
 * Reports a start-up failure that an analyzer understood as one line: what went wrong and
 * what to do. It replaces Spring Boot's multi-line banner (switched off in
 * application.properties); the stack trace stays available at debug level.
 */
public class OneLineFailureReporter implements FailureAnalysisReporter {

	private static final Log logger = LogFactory.getLog(OneLineFailureReporter.class);

	@Override
	public void report(FailureAnalysis analysis) {
		if (logger.isDebugEnabled()) {
			logger.debug("Start-up failed", analysis.getCause());
		}
		String action = oneLine(analysis.getAction());
		logger.error("normgraph could not start: " + oneLine(analysis.getDescription())
				+ (action.isEmpty() ? "" : " " + action));
	}

	private static String oneLine(String text) {
		return (text != null) ? text.replaceAll("\\s*\\R\\s*", " ").trim() : "";
	}

}
