package io.normgraph.stance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "stances")
class StanceController {

	private final StanceService stances;

	StanceController(StanceService stances) {
		this.stances = stances;
	}

	@GetMapping("/api/v1/nodes/{id}/stances")
	@Operation(summary = "Stances taken on a node: actor, SUPPORTS or OPPOSES, meeting, date, action")
	Stances onNode(@Parameter(example = "secure-intro-g8-reference") @PathVariable String id) {
		return new Stances(this.stances.onNode(id));
	}

	@GetMapping("/api/v1/actors/{id}/stances")
	@Operation(summary = "Stances an actor took")
	Stances ofActor(@Parameter(description = "an Actor id (states by ISO 3166-1 alpha-3 code in lower case)", example = "bra") @PathVariable String id) {
		return new Stances(this.stances.ofActor(id));
	}

	@GetMapping("/api/v1/coalitions")
	@Operation(summary = "Actors who took the same stance on the same node at the same meeting (groups of 2+)")
	Coalitions coalitions(
			@Parameter(description = "a Meeting id; all meetings if absent", example = "wco-secure-wg-3") @RequestParam(required = false) @Nullable String meeting) {
		return new Coalitions(this.stances.coalitions(meeting));
	}

}
