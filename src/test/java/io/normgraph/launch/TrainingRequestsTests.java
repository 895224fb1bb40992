package io.normgraph.launch;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the training start serves before it stops; that the archive then holds an export's classes is RelaunchIT's. */
class TrainingRequestsTests {

	@Test
	void aHealthCheckThenAWholeGraphExportInEveryFormat() {
		assertThat(TrainingRequests.paths()).containsExactly("/actuator/health", "/api/v1/exports/graphml",
				"/api/v1/exports/gexf", "/api/v1/exports/cyjs", "/api/v1/exports/csv");
	}

	@Test
	void theServersAddressIsReadFromItsStartUpSummary() {
		String log = """
				2026-12-01T03:04:38.888Z  INFO 1 --- [normgraph] [main] io.normgraph.system.StartupSummary : Neo4j Browser: http://localhost:41793/browser/
				2026-12-01T03:04:38.888Z  INFO 1 --- [normgraph] [main] io.normgraph.system.StartupSummary : HTTP API:      http://localhost:18181/api/v1 (OpenAPI http://localhost:18181/swagger-ui.html)
				""";

		assertThat(TrainingRequests.base(log)).contains("http://localhost:18181");
		assertThat(TrainingRequests.base("Started, no summary")).isEmpty();
	}

}
