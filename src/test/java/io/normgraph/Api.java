package io.normgraph;

import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * A plain HTTP client on the running application: real requests, any status returned
 * rather than thrown.
 */
public final class Api {

	private final RestClient client;

	public Api(int port) {
		this.client = RestClient.create("http://localhost:" + port);
	}

	public ResponseEntity<JsonNode> get(String uri, Object... variables) {
		return this.client.get()
			.uri(uri, variables)
			.retrieve()
			.onStatus((status) -> true, (request, response) -> {
			})
			.toEntity(JsonNode.class);
	}

}
