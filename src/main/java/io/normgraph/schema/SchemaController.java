package io.normgraph.schema;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code GET /api/v1/schema} and GraphQL's {@code schema}: the labels, relationship types and
 * properties in force, with their roles.
 */
@Controller
@Tag(name = "schema")
class SchemaController {

	private final SchemaRegistry schemas;

	SchemaController(SchemaRegistry schemas) {
		this.schemas = schemas;
	}

	@GetMapping("/api/v1/schema")
	@ResponseBody
	@Operation(summary = "The schema in force: the built-in one and what each loaded corpus declares")
	SchemaView rest() {
		return SchemaView.of(this.schemas.current());
	}

	@QueryMapping
	SchemaView schema() {
		return SchemaView.of(this.schemas.current());
	}

}
