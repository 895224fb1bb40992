package io.normgraph;

import java.time.Duration;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The end-to-end GraphQL tester with room to wait: the first request of a run plans its Cypher
 * on a cold JVM, and a busy two-core machine can take longer than the 5 s default.
 */
public final class PatientGraphQlTester {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private PatientGraphQlTester() {
	}

	public static HttpGraphQlTester of(HttpGraphQlTester tester) {
		return tester.mutate()
			.webTestClient((client) -> client.responseTimeout(TIMEOUT))
			.responseTimeout(TIMEOUT)
			.build();
	}

}
