package io.normgraph;

import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client on the running application: real requests, any status returned
 * rather than thrown. End-to-end tests get one injected (see {@link EndToEndTest}).
 */
public final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Supplier<RestClient> client;

	public Api(int port) {
		RestClient client = RestClient.create("http://localhost:" + port);
		this.client = () -> client;
	}

	/** Reads the port when first used: the web server starts after the beans are created. */
	@Autowired
	public Api(Environment environment) {
		this.client = SingletonSupplier
			.of(() -> RestClient.create("http://localhost:" + environment.getRequiredProperty("local.server.port")));
	}

	/** The response's body as bytes (a download), any status. */
	public ResponseEntity<byte[]> bytes(String uri, Object... variables) {
		return this.client.get().get().uri(uri, variables).retrieve().onStatus((status) -> true, (request, response) -> {
		}).toEntity(byte[].class);
	}

	/**
	 * The JSON body of a 200 response; any other status, or a body that is not JSON, fails
	 * with both, so a benchmark never times an error.
	 */
	public JsonNode ok(String uri, Object... variables) {
		ResponseEntity<JsonNode> response = get(uri, variables);
		if (response.getStatusCode().value() != 200 || response.getBody() == null) {
			throw new AssertionError("GET " + uri + " answered " + response.getStatusCode() + ": " + response.getBody());
		}
		return response.getBody();
	}

	/** The response with its body as JSON, or a null body if it is not JSON (e.g. Tomcat's own 400 page). */
	public ResponseEntity<JsonNode> get(String uri, Object... variables) {
		ResponseEntity<String> response = this.client.get()
			.get()
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
