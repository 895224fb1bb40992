package io.normgraph;

import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on RFC 9457 problem responses. */
public final class Problems {

	private Problems() {
	}

	public static void assertProblem(ResponseEntity<JsonNode> response, int status, String parameter) {
		assertThat(response.getStatusCode().value()).isEqualTo(status);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(response.getBody().get("status").asInt()).isEqualTo(status);
		assertThat(response.getBody().get("title").asString()).isNotEmpty();
		assertThat(response.getBody().get("detail").asString()).isNotEmpty();
		assertThat(response.getBody().get("parameter").asString()).isEqualTo(parameter);
	}

}
