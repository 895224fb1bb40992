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
import io.normgraph.graph.NodeLimit;
import io.normgraph.time.AsOf;

@RestController
@RequestMapping("/api/v1/nodes")
@Tag(name = "nodes")
class NodeController {

	private final NodeService nodes;

	NodeController(NodeService nodes) {
		this.nodes = nodes;
	}

	@GetMapping("/{id}")
	@Operation(summary = "A node with its labels, properties and provenance: source and locator, and under provenance those of every corpus that asserts it; with asOf, 404 if it had not begun or had ended by then")
	GraphNode node(@PathVariable String id, @Parameter(description = AsOf.DESCRIPTION, example = "2008-06-28") @RequestParam(required = false) @Nullable String asOf) {
		return this.nodes.find(id, asOf);
	}

	@GetMapping
	@Operation(summary = "Nodes of one label, ordered by id, one page at a time")
	NodePage list(
			@Parameter(description = "a label of the schema (GET /api/v1/schema)", example = "Provision") @RequestParam(required = false) @Nullable String label,
			@Parameter(description = "page number from 0 (default 0)", example = "0") @RequestParam(required = false) @Nullable Integer page,
			@Parameter(description = "page size, 1 to 200 (default 50)", example = "20") @RequestParam(required = false) @Nullable Integer size,
			@Parameter(description = "only nodes whose name contains this, ignoring case", example = "standard") @RequestParam(required = false) @Nullable String name,
			@Parameter(description = "only nodes this corpus asserts (GET /api/v1/corpora)", example = "secure") @RequestParam(required = false) @Nullable String corpus) {
		return this.nodes.list(label, page, size, name, corpus);
	}

	@GetMapping("/{id}/neighbourhood")
	@Operation(summary = "The node and its direct neighbours over every relationship type, at most limit of them (by id)")
	GraphResult neighbourhood(@PathVariable String id,
			@Parameter(description = "most neighbours, 1 to " + NodeLimit.MAX + ", default " + NodeLimit.DEFAULT
					+ "; a cut answer says truncated: true and how many nodes and relationships it omitted", example = "100") @RequestParam(required = false) @Nullable Integer limit,
			@Parameter(description = "all (default): every property; minimal: nodes with id, labels, name, relationships with id, type, start, end", example = "all") @RequestParam(required = false) @Nullable String fields,
			@Parameter(description = AsOf.DESCRIPTION, example = "2008-06-28") @RequestParam(required = false) @Nullable String asOf) {
		return this.nodes.neighbourhood(id, limit, fields, asOf);
	}

}
