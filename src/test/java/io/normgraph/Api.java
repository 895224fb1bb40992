package io.normgraph;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client on the running application: real requests, any status returned
 * rather than thrown.
 */
public final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RestClient client;

	public Api(int port) {
		this.client = RestClient.create("http://localhost:" + port);
	}

	/** The response with its body as JSON, or a null body if it is not JSON (e.g. Tomcat's own 400 page). */
	public ResponseEntity<JsonNode> get(String uri, Object... variables) {
		ResponseEntity<String> response = this.client.get()
			.uri(uri, variables)
			.retrieve()
			.onStatus((status) -> true, (request, response1) -> {
			})
			.toEntity(String.class);
		MediaType type = response.getHeaders().getContentType();
		JsonNode body = (type != null && type.getSubtype().contains("json")) ? JSON.readTree(response.getBody())
				: null;
		return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders()).body(body);
	}

}
