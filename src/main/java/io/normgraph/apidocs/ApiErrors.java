package io.normgraph.apidocs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import io.normgraph.system.BadParameterException;
import io.normgraph.system.NotFoundException;
import io.normgraph.system.Parameters;

/**
 * The errors each operation can answer, as RFC 9457 {@code application/problem+json}, added
 * to every operation by rule rather than annotated on each: a 400 where the operation takes a
 * parameter or a body (every one is checked), a 404 where a parameter names a node that must
 * exist ({@link #NODE_PARAMETERS}), a 429 everywhere under {@code /api} (the rate limit). An
 * error response a controller declares itself (the importer's 401, 409, 422…) gets the same
 * problem+json body (and a 204 none). Where the code can say what the message would be (a
 * malformed or unknown id) the example is that message.
 */
@Component
class ApiErrors implements OpenApiCustomizer {

	static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	/** Parameters that name a node: an id not in the graph is a 404 naming the parameter. */
	static final Set<String> NODE_PARAMETERS = Set.of("id", "instrument", "against", "root");

	/** Paths whose id names something else than a node (a corpus), by path prefix. */
	static final Map<String, String> NAMED_BY_PATH = Map.of("/api/v1/corpora/", "corpus");

	static final String PROBLEM_SCHEMA = "Problem";

	@Override
	public void customise(OpenAPI openApi) {
		openApi.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
		if (openApi.getPaths() == null) {
			return;
		}
		openApi.getPaths().forEach((path, item) -> item.readOperations().forEach((operation) -> {
			ApiResponses responses = operation.getResponses();
			List<Parameter> parameters = (operation.getParameters() != null) ? operation.getParameters() : List.of();
			if (!parameters.isEmpty() || operation.getRequestBody() != null) {
				responses.computeIfAbsent("400", (code) -> new ApiResponse()
					.description("Bad parameter: a value is not allowed; `detail` says why, `parameter` names it."));
			}
			String node = firstNodeParameter(operation);
			String named = named(path);
			if (node != null) {
				responses.computeIfAbsent("404", (code) -> new ApiResponse()
					.description("Not found: no " + named + " has the id given in `" + node + "`."));
			}
			if (path.startsWith("/api/")) {
				responses.computeIfAbsent("429", (code) -> new ApiResponse()
					.description("Too many requests from this address: wait the seconds in `Retry-After`."));
			}
			responses.forEach((code, response) -> {
				if (code.equals("204")) {
					response.setContent(null);
				}
				else if (code.startsWith("4") || code.startsWith("5")) {
					response.setContent(new Content().addMediaType(PROBLEM_JSON, problemBody(code, node, named)));
				}
			});
		}));
	}

	/**
	 * The Problem schema, with an example where the code can produce the real message: a bad id
	 * ({@link Parameters#id}) and an unknown one ({@link NotFoundException}) naming what the id
	 * names.
	 */
	private static MediaType problemBody(String code, @Nullable String nodeParameter, String named) {
		MediaType body = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA));
		if (nodeParameter != null && (code.equals("400") || code.equals("404"))) {
			Map<String, Object> example = new LinkedHashMap<>();
			example.put("type", "about:blank");
			example.put("title", code.equals("400") ? "Bad parameter" : "Not found");
			example.put("status", Integer.parseInt(code));
			example.put("detail", code.equals("400") ? badIdMessage(nodeParameter)
					: new NotFoundException(nodeParameter, named, "no-such-node").getMessage());
			example.put("parameter", nodeParameter);
			body.setExample(example);
		}
		return body;
	}

	/** What the ids of this path name: a node, unless {@link #NAMED_BY_PATH} says otherwise. */
	private static String named(String path) {
		return NAMED_BY_PATH.entrySet()
			.stream()
			.filter((prefix) -> path.startsWith(prefix.getKey()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse("node");
	}

	private static @Nullable String firstNodeParameter(Operation operation) {
		return (operation.getParameters() == null) ? null
				: operation.getParameters()
					.stream()
					.map(Parameter::getName)
					.filter(NODE_PARAMETERS::contains)
					.findFirst()
					.orElse(null);
	}

	private static String badIdMessage(String parameter) {
		try {
			Parameters.id("No Such Id", parameter);
			throw new IllegalStateException("'No Such Id' passed as an id");
		}
		catch (BadParameterException ex) {
			return ex.getMessage();
		}
	}

	private static Schema<?> problemSchema() {
		return new ObjectSchema().description("An error, as RFC 9457 problem details")
			.addProperty("type", new StringSchema().description("a URI identifying the kind of problem; about:blank when the status says it all"))
			.addProperty("title", new StringSchema().description("short summary, e.g. Bad parameter, Not found"))
			.addProperty("status", new IntegerSchema().description("the HTTP status"))
			.addProperty("detail", new StringSchema().description("what went wrong and what would be accepted"))
			.addProperty("instance", new StringSchema().description("the path of the request"))
			.addProperty("parameter", new StringSchema().description("400 and 404: the request parameter at fault"))
			.addProperty("problems", new ArraySchema().items(new ObjectSchema()).description(
					"422 from an import: every problem in the corpus, each with file, line, column and message"));
	}

}
