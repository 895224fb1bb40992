package io.normgraph.system;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Spring Boot's own report of a taken HTTP port, but naming the setting to change
 * ({@code server.port}) and which of normgraph's ports it is.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebServerPortFailureAnalyzer extends AbstractFailureAnalyzer<PortInUseException> {

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, PortInUseException cause) {
		return new FailureAnalysis(
				"The HTTP API cannot listen on port " + cause.getPort() + ": the port is already in use.",
				"Stop whatever listens on port " + cause.getPort() + ", or choose another port with server.port.",
				cause);
	}

}
