package io.normgraph.explorer;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.normgraph.graph.GraphRelationship;

/**
 * {@code GET /explorer/relationship?id=start|TYPE|end|source|locator}: one relationship by its
 * stable id ({@link GraphRelationship#key}), with every property. The page draws lineages with
 * minimal fields (no properties) and asks for a relationship's provenance when it is clicked.
 */
@RestController
class RelationshipController {

	private final RelationshipLookup lookup;

	RelationshipController(RelationshipLookup lookup) {
		this.lookup = lookup;
	}

	@GetMapping("/explorer/relationship")
	GraphRelationship relationship(@RequestParam(required = false) @Nullable String id) {
		return this.lookup.byKey(id);
	}

}
