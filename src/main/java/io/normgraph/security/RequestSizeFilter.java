package io.normgraph.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the configured size before anything reads them: imports may be
 * large, every other request small. A body of unknown length (chunked) is refused too, since
 * its size could only be learnt by reading it.
 */
class RequestSizeFilter extends OncePerRequestFilter {

	static final String IMPORTS = "/api/v1/imports";

	private final SecurityProperties properties;

	RequestSizeFilter(SecurityProperties properties) {
		this.properties = properties;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
		if (!hasBody) {
			chain.doFilter(request, response);
			return;
		}
		DataSize limit = request.getRequestURI().startsWith(IMPORTS) ? this.properties.maxImportSize()
				: this.properties.maxRequestSize();
		long length = request.getContentLengthLong();
		if (length < 0) {
			ProblemResponses.write(request, response, HttpStatus.LENGTH_REQUIRED,
					"A request body needs a Content-Length header (at most " + limit.toBytes() + " bytes here).");
		}
		else if (length > limit.toBytes()) {
			ProblemResponses.write(request, response, HttpStatus.CONTENT_TOO_LARGE,
					"The request body has " + length + " bytes; at most " + limit.toBytes() + " are accepted here.");
		}
		else {
			chain.doFilter(request, response);
		}
	}

}
