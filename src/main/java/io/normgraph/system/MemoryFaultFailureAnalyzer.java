package io.normgraph.system;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Start-up that runs out of memory (a heap too small for the corpus being loaded, say) ends
 * with {@link OneLineFailureReporter}'s one line naming the setting to raise.
 */
class MemoryFaultFailureAnalyzer implements FailureAnalyzer {

	private final boolean externalDatabase;

	MemoryFaultFailureAnalyzer(Environment environment) {
		this.externalDatabase = MemoryFaultConfiguration.isExternal(environment);
	}

	@Override
	public @Nullable FailureAnalysis analyze(Throwable failure) {
		String line = MemoryFaults.describe(failure, "Start-up", this.externalDatabase);
		return (line != null) ? new FailureAnalysis(line, "", failure) : null;
	}

}
