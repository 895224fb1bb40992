package io.normgraph.apidocs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

import io.normgraph.Api;
import io.normgraph.EndToEndTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document as a reader of Swagger UI meets it: normgraph by name with what it is,
 * the build's version and a licence, sections in reading order, every parameter explained
 * with an example, and problem+json errors that the API really answers with.
 */
@EndToEndTest
class ApiDocumentIT {

	/** What normgraph's API covers, in the order a user reads it. */
	static final List<String> READING_ORDER = List.of("nodes", "lineage", "comparison", "stances", "timeline", "versions", "search",
			"exports", "schema", "corpora", "imports", "reuse");

	@Autowired
	Api api;

	JsonNode document;

	@BeforeEach
	void read() {
		ResponseEntity<JsonNode> response = this.api.get("/v3/api-docs");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		this.document = response.getBody();
	}

	@Test
	void introducesNormgraphWithTheBuildsVersionAndLicence() throws IOException {
		JsonNode info = this.document.path("info");
		assertThat(info.path("title").asString()).isEqualTo("normgraph");
		assertThat(info.path("description").asString()).contains("legal provisions").contains("researchers");
		assertThat(info.path("version").asString()).isEqualTo(pomVersion());
		assertThat(info.path("license").path("name").asString()).isNotBlank();
	}

	@Test
	void sectionsComeInReadingOrderAndEveryOperationIsInOne() {
		List<String> tags = new ArrayList<>();
		this.document.path("tags").forEach((tag) -> {
			tags.add(tag.path("name").asString());
			assertThat(tag.path("description").asString()).as("description of %s", tag).isNotBlank();
		});
		assertThat(READING_ORDER).containsSubsequence(tags);
		operations().forEach((name, operation) -> {
			assertThat(operation.path("tags")).as("tags of %s", name).hasSize(1);
			assertThat(tags).as("tag of %s", name).contains(operation.path("tags").get(0).asString());
			assertThat(operation.path("summary").asString()).as("summary of %s", name).isNotBlank();
		});
		assertThat(this.document.path("paths").propertyNames()).allMatch((path) -> path.startsWith("/api/v1/"));
	}

	@Test
	void everyParameterHasItsMeaningAndAnExample() {
		operations().forEach((name, operation) -> operation.path("parameters").forEach((parameter) -> {
			String which = parameter.path("name").asString() + " of " + name;
			assertThat(parameter.path("description").asString()).as("description of %s", which).isNotBlank();
			assertThat(parameter.has("example")).as("example of %s", which).isTrue();
		}));
	}

	@Test
	void everyErrorIsProblemJsonAndEveryOperationThatTakesInputCanAnswer400() {
		operations().forEach((name, operation) -> {
			JsonNode responses = operation.path("responses");
			responses.propertyNames()
				.stream()
				.filter((code) -> code.startsWith("4"))
				.forEach((code) -> assertThat(responses.path(code).path("content").propertyNames())
					.as("%s of %s", code, name)
					.containsExactly("application/problem+json"));
			if (!operation.path("parameters").isEmpty() || operation.has("requestBody")) {
				assertThat(responses.has("400")).as("400 of %s", name).isTrue();
			}
			assertThat(responses.has("429")).as("429 of %s", name).isTrue();
		});
	}

	@Test
	void exportsNameTheirFormatsAndFileTypes() {
		JsonNode export = this.document.path("paths").path("/api/v1/exports/{format}").path("get");
		List<String> formats = new ArrayList<>();
		export.path("parameters").get(0).path("schema").path("enum").forEach((format) -> formats.add(format.asString()));
		assertThat(formats).containsExactly("graphml", "gexf", "cyjs", "csv");
		assertThat(export.path("responses").path("200").path("content").propertyNames()).containsExactlyInAnyOrder(
				"application/graphml+xml", "application/gexf+xml", "application/json", "application/zip");
	}

	/**
	 * Each GET documented with a 404 answers 404 naming the parameter for an id that is not in
	 * the graph, and 400 naming it for one that is not an id, with the documented examples'
	 * messages; each GET without a documented 404 never answers one for an unknown id.
	 */
	@Test
	void documented400And404AreWhatTheApiAnswers() {
		this.document.path("paths").properties().forEach((path) -> {
			JsonNode get = path.getValue().path("get");
			if (get.isMissingNode()) {
				return;
			}
			for (JsonNode parameter : get.path("parameters")) {
				String name = parameter.path("name").asString();
				if (!ApiErrors.NODE_PARAMETERS.contains(name)) {
					continue;
				}
				boolean documented = get.path("responses").has("404");
				ResponseEntity<JsonNode> unknown = this.api.get(request(path.getKey(), get, name, "no-such-node"));
				if (documented) {
					assertThat(unknown.getStatusCode().value()).as("%s %s unknown", path.getKey(), name).isEqualTo(404);
					assertThat(unknown.getBody().path("parameter").asString()).isEqualTo(name);
					assertThat(unknown.getBody().path("detail")).as("%s 404 example", path.getKey())
						.isEqualTo(example(get, "404").path("detail"));
				}
				else {
					assertThat(unknown.getStatusCode().value()).as("%s %s unknown", path.getKey(), name).isNotEqualTo(404);
				}
				ResponseEntity<JsonNode> malformed = this.api.get(request(path.getKey(), get, name, "Not-An-Id"));
				assertThat(malformed.getStatusCode().value()).as("%s %s malformed", path.getKey(), name).isEqualTo(400);
				assertThat(malformed.getBody().path("parameter").asString()).isEqualTo(name);
				if (firstNodeParameter(get).equals(name)) {
					assertThat(malformed.getBody().path("detail")).as("%s 400 example", path.getKey())
						.isEqualTo(example(get, "400").path("detail"));
				}
			}
		});
	}

	private static JsonNode example(JsonNode operation, String status) {
		return operation.path("responses").path(status).path("content").path("application/problem+json").path("example");
	}

	private static String firstNodeParameter(JsonNode operation) {
		for (JsonNode parameter : operation.path("parameters")) {
			if (ApiErrors.NODE_PARAMETERS.contains(parameter.path("name").asString())) {
				return parameter.path("name").asString();
			}
		}
		return "";
	}

	/** The path with every parameter at its example, but {@code name} at {@code value}. */
	private static String request(String path, JsonNode operation, String name, String value) {
		StringBuilder query = new StringBuilder();
		String uri = path;
		for (JsonNode parameter : operation.path("parameters")) {
			String key = parameter.path("name").asString();
			String chosen = key.equals(name) ? value : parameter.path("example").asString();
			if (parameter.path("in").asString().equals("path")) {
				uri = uri.replace("{" + key + "}", chosen);
			}
			else if (key.equals(name) || parameter.path("required").asBoolean(false)) {
				query.append(query.isEmpty() ? "?" : "&").append(key).append('=').append(chosen);
			}
		}
		return uri + query;
	}

	private Map<String, JsonNode> operations() {
		Map<String, JsonNode> operations = new java.util.LinkedHashMap<>();
		this.document.path("paths")
			.properties()
			.forEach((path) -> path.getValue()
				.properties()
				.forEach((method) -> operations.put(method.getKey().toUpperCase() + " " + path.getKey(),
						method.getValue())));
		assertThat(operations).isNotEmpty();
		return operations;
	}

	/** The project's version as the pom declares it, independently of the build-info the app reads. */
	private static String pomVersion() throws IOException {
		String pom = Files.readString(Path.of("pom.xml"));
		Matcher version = Pattern.compile("<artifactId>normgraph</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
		assertThat(version.find()).as("the project's version in pom.xml").isTrue();
		return version.group(1);
	}

}
