package io.normgraph.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request that runs out of memory (the heap, or the database's transaction memory) answers
 * 503 {@code application/problem+json} with one line saying what to raise, logs that line and
 * nothing else, and the server goes on serving: the memory the request held is garbage once it
 * has unwound. Sits outside Spring MVC, GraphQL and Security so that it sees every request.
 */
class MemoryFaultFilter extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(MemoryFaultFilter.class);

	private final JsonMapper json;

	private final boolean externalDatabase;

	MemoryFaultFilter(JsonMapper json, boolean externalDatabase) {
		this.json = json;
		this.externalDatabase = externalDatabase;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException | Error ex) {
			String what = request.getMethod() + " " + request.getRequestURI();
			String line = MemoryFaults.describe(ex, what, this.externalDatabase);
			if (line == null) {
				throw ex;
			}
			logger.error(line);
			if (!response.isCommitted()) {
				response.reset();
				ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, line);
				problem.setTitle("Out of memory");
				response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				this.json.writeValue(response.getOutputStream(), problem);
			}
		}
	}

}
