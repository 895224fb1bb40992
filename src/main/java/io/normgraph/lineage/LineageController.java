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
import io.normgraph.graph.NodeLimit;
import io.normgraph.time.AsOf;

@RestController
@RequestMapping("/api/v1/nodes/{id}")
@Tag(name = "lineage")
class LineageController {

	static final String LIMIT = "most nodes in the answer, 1 to " + NodeLimit.MAX + ", default " + NodeLimit.DEFAULT
			+ "; a cut answer says truncated: true and how many nodes and relationships it omitted";

	static final String FIELDS = "all (default): every property; minimal: nodes with id, labels, name, depth"
			+ " (and within: the outermost container of a unit, to group by), relationships with id, type, start, end";

	static final String INFERRED = "exclude (default): asserted relationships only; include: also text reuse normgraph detected (REUSES, inferred: true, docs/reuse.md); only: detected reuse alone";

	static final String MIN_SCORE = "detected reuse below this score (0 to 1) is not followed; default 0";

	private final LineageService lineage;

	private final DerivationService derivation;

	LineageController(LineageService lineage, DerivationService derivation) {
		this.lineage = lineage;
		this.derivation = derivation;
	}

	@GetMapping("/lineage")
	@Operation(summary = "Lineage of a node; every node carries its depth and the path of ids from the root; at most limit nodes")
	GraphResult lineage(@PathVariable String id,
			@Parameter(description = "upstream (towards origins, default), downstream or both", example = "upstream") @RequestParam(required = false) @Nullable String direction,
			@Parameter(description = "comma-separated relationship types of the schema (GET /api/v1/schema); containment types such as PART_OF switch on inheritance; default every derivation and cross-reference type, with inheritance", example = "DERIVES_FROM,PART_OF") @RequestParam(required = false) @Nullable List<String> types,
			@Parameter(description = "lineage hops, 1 to 6, default 3", example = "3") @RequestParam(required = false) @Nullable Integer depth,
			@Parameter(description = LIMIT, example = "1000") @RequestParam(required = false) @Nullable Integer limit,
			@Parameter(description = FIELDS, example = "all") @RequestParam(required = false) @Nullable String fields,
			@Parameter(description = AsOf.DESCRIPTION, example = "2008-06-28") @RequestParam(required = false) @Nullable String asOf,
			@Parameter(description = INFERRED, example = "include") @RequestParam(required = false) @Nullable String inferred,
			@Parameter(description = MIN_SCORE, example = "0.6") @RequestParam(required = false) @Nullable Double minScore) {
		return this.lineage.lineage(LineageRequest.of(id)
			.withDirection(direction)
			.withTypes(types)
			.withDepth(depth)
			.withLimit(limit)
			.withFields(fields)
			.withAsOf(asOf)
			.withInferred(inferred, minScore));
	}

	@GetMapping("/derived")
	@Operation(summary = "Every provision deriving from this node, directly or through its instrument, with the chain")
	Derivation derived(@Parameter(description = "the root: a provision or instrument others derive from", example = "g8-2005-declaration") @PathVariable String id,
			@Parameter(description = "most nodes the walk keeps, the root and instruments on the way included, 1 to "
					+ NodeLimit.MAX + ", default " + NodeLimit.DEFAULT + "; a cut answer says truncated and what it omitted", example = "1000") @RequestParam(required = false) @Nullable Integer limit,
			@Parameter(description = FIELDS, example = "all") @RequestParam(required = false) @Nullable String fields,
			@Parameter(description = AsOf.DESCRIPTION, example = "2008-06-28") @RequestParam(required = false) @Nullable String asOf,
			@Parameter(description = INFERRED, example = "include") @RequestParam(required = false) @Nullable String inferred,
			@Parameter(description = MIN_SCORE, example = "0.6") @RequestParam(required = false) @Nullable Double minScore) {
		return this.derivation.derived(LineageRequest.of(id)
			.withLimit(limit)
			.withFields(fields)
			.withAsOf(asOf)
			.withInferred(inferred, minScore));
	}

}
