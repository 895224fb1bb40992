package io.normgraph.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request that reads the graph (REST, GraphQL, exports, the explorer and guide pages)
 * passes the {@link ReadGate}: it waits while an import publishes or a text-reuse run writes its
 * findings. Writes (imports, removals, runs) and the progress of imports and runs are not
 * readers and pass straight through, or a write could wait for itself and its progress could not
 * be followed while it publishes.
 */
class ReadGateFilter extends OncePerRequestFilter {

	private final ReadGate gate;

	ReadGateFilter(ReadGate gate) {
		this.gate = gate;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		boolean reading = request.getMethod().equals("GET") || request.getMethod().equals("HEAD")
				|| path.equals("/graphql");
		return !reading || path.startsWith("/api/v1/imports") || path.startsWith("/api/v1/reuse/runs")
				|| path.startsWith("/actuator");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ReadGate.Pass pass;
		try {
			pass = this.gate.enter();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ServletException("interrupted while an import was publishing", ex);
		}
		try (pass) {
			chain.doFilter(request, response);
		}
	}

}
