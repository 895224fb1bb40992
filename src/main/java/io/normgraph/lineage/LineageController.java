package io.normgraph.lineage;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.normgraph.graph.GraphResult;
import io.normgraph.time.AsOf;

@RestController
@RequestMapping("/api/v1/nodes/{id}")
@Tag(name = "lineage", description = "Norm lineage and derivation")
class LineageController {

	private final LineageService lineage;

	private final DerivationService derivation;

	LineageController(LineageService lineage, DerivationService derivation) {
		this.lineage = lineage;
		this.derivation = derivation;
	}

	@GetMapping("/lineage")
	@Operation(summary = "Lineage of a node; every node carries its depth and the path of ids from the root")
	GraphResult lineage(@PathVariable String id,
			@Parameter(description = "upstream (towards origins, default), downstream or both") @RequestParam(required = false) @Nullable String direction,
			@Parameter(description = "comma-separated relationship types of the schema (GET /api/v1/schema); containment types such as PART_OF switch on inheritance; default every derivation and cross-reference type, with inheritance") @RequestParam(required = false) @Nullable List<String> types,
			@Parameter(description = "lineage hops, 1 to 6, default 3") @RequestParam(required = false) @Nullable Integer depth,
			@Parameter(description = AsOf.DESCRIPTION) @RequestParam(required = false) @Nullable String asOf) {
		return this.lineage.lineage(id, direction, types, depth, asOf);
	}

	@GetMapping("/derived")
	@Operation(summary = "Every provision deriving from this node, directly or through its instrument, with the chain")
	Derivation derived(@PathVariable String id,
			@Parameter(description = AsOf.DESCRIPTION) @RequestParam(required = false) @Nullable String asOf) {
		return this.derivation.derived(id, asOf);
	}

}
