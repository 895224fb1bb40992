package io.normgraph.security;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A token bucket (Bucket4j) per client address over everything that queries the database (the
 * API, GraphQL and the explorer page's helpers): a burst beyond the configured rate gets 429
 * with Retry-After, so one client cannot starve the others.
 */
class RateLimitFilter extends OncePerRequestFilter {

	/** Buckets kept for at most this many addresses; the least recently seen is forgotten first. */
	static final int MAX_CLIENTS = 10_000;

	private final SecurityProperties properties;

	private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > MAX_CLIENTS;
		}
	});

	RateLimitFilter(SecurityProperties properties) {
		this.properties = properties;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !(path.startsWith("/api/") || path.equals("/graphql") || path.startsWith("/explorer/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Bucket bucket = this.buckets.computeIfAbsent(request.getRemoteAddr(), (address) -> newBucket());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			response.setHeader("X-RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()));
		response.setHeader("Retry-After", Long.toString(seconds));
		ProblemResponses.write(request, response, HttpStatus.TOO_MANY_REQUESTS,
				"More than " + this.properties.requestsPerWindow() + " requests per " + this.properties.window()
						+ " from " + request.getRemoteAddr() + "; retry in " + seconds + " s.");
	}

	private Bucket newBucket() {
		long capacity = this.properties.requestsPerWindow();
		return Bucket.builder()
			.addLimit((limit) -> limit.capacity(capacity).refillGreedy(capacity, this.properties.window()))
			.build();
	}

}
