package io.normgraph.node;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.normgraph.graph.GraphNode;
import io.normgraph.graph.GraphResult;
import io.normgraph.time.AsOf;

@RestController
@RequestMapping("/api/v1/nodes")
@Tag(name = "nodes", description = "Nodes by id, lists per label, neighbourhoods")
class NodeController {

	private final NodeService nodes;

	NodeController(NodeService nodes) {
		this.nodes = nodes;
	}

	@GetMapping("/{id}")
	@Operation(summary = "A node with its labels, properties and provenance (source, locator); with asOf, 404 if it had not begun or had ended by then")
	GraphNode node(@PathVariable String id, @Parameter(description = AsOf.DESCRIPTION) @RequestParam(required = false) @Nullable String asOf) {
		return this.nodes.find(id, asOf);
	}

	@GetMapping
	@Operation(summary = "Nodes of one label, ordered by id, one page at a time")
	NodePage list(
			@Parameter(description = "a label of the schema (GET /api/v1/schema), e.g. Provision") @RequestParam(required = false) @Nullable String label,
			@Parameter(description = "page number from 0 (default 0)") @RequestParam(required = false) @Nullable Integer page,
			@Parameter(description = "page size, 1 to 200 (default 50)") @RequestParam(required = false) @Nullable Integer size,
			@Parameter(description = "only nodes whose name contains this, ignoring case") @RequestParam(required = false) @Nullable String name) {
		return this.nodes.list(label, page, size, name);
	}

	@GetMapping("/{id}/neighbourhood")
	@Operation(summary = "The node and its direct neighbours over every relationship type")
	GraphResult neighbourhood(@PathVariable String id,
			@Parameter(description = AsOf.DESCRIPTION) @RequestParam(required = false) @Nullable String asOf) {
		return this.nodes.neighbourhood(id, asOf);
	}

}
