package io.normgraph.stance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.normgraph.time.AsOf;

@RestController
@Tag(name = "stances")
class StanceController {

	private final StanceService stances;

	StanceController(StanceService stances) {
		this.stances = stances;
	}

	@GetMapping("/api/v1/nodes/{id}/stances")
	@Operation(summary = "Stances taken on a node: actor, stance type and polarity, meeting, date, action")
	Stances onNode(@Parameter(example = "secure-intro-g8-reference") @PathVariable String id,
			@Parameter(description = AsOf.DESCRIPTION, example = "2008-06-28") @RequestParam(required = false) @Nullable String asOf) {
		return new Stances(this.stances.onNode(id, asOf));
	}

	@GetMapping("/api/v1/actors/{id}/stances")
	@Operation(summary = "Stances an actor took")
	Stances ofActor(@Parameter(description = "an Actor id (states by ISO 3166-1 alpha-3 code in lower case)", example = "bra") @PathVariable String id,
			@Parameter(description = AsOf.DESCRIPTION, example = "2008-06-28") @RequestParam(required = false) @Nullable String asOf) {
		return new Stances(this.stances.ofActor(id, asOf));
	}

	@GetMapping("/api/v1/meetings/{id}/stances")
	@Operation(summary = "Stances taken at a meeting (by the stance's meeting property)")
	Stances atMeeting(@Parameter(description = "a Meeting id", example = "wco-secure-wg-3") @PathVariable String id,
			@Parameter(description = AsOf.DESCRIPTION, example = "2008-06-28") @RequestParam(required = false) @Nullable String asOf) {
		return new Stances(this.stances.atMeeting(id, asOf));
	}

	@GetMapping("/api/v1/coalitions")
	@Operation(summary = "Actors who took the same stance on the same node at the same meeting (groups of 2+)")
	Coalitions coalitions(
			@Parameter(description = "a Meeting id; all meetings if absent", example = "wco-secure-wg-3") @RequestParam(required = false) @Nullable String meeting,
			@Parameter(description = AsOf.DESCRIPTION, example = "2008-06-28") @RequestParam(required = false) @Nullable String asOf) {
		return new Coalitions(this.stances.coalitions(meeting, asOf));
	}

}
