package io.normgraph.explorer;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.normgraph.stance.Stance;
import io.normgraph.stance.StanceService;

/**
 * {@code GET /explorer/stances?ids=a,b,c&asOf=}: every stance on any of the given nodes in one
 * request, in the row shape of {@code /api/v1/nodes/{id}/stances}, so the page draws who fought
 * over a whole lineage (as of a date, when replaying) without one request per node.
 */
@RestController
class StanceBatchController {

	private final StanceService stances;

	StanceBatchController(StanceService stances) {
		this.stances = stances;
	}

	@GetMapping("/explorer/stances")
	Rows stances(@RequestParam(required = false) @Nullable String ids,
			@RequestParam(required = false) @Nullable String asOf) {
		List<String> wanted = (ids != null) ? Arrays.stream(ids.split(","))
			.map(String::strip)
			.filter((id) -> !id.isEmpty())
			.distinct()
			.toList() : List.of();
		return new Rows(this.stances.onNodes(wanted, asOf));
	}

	record Rows(List<Stance> rows) {
	}

}
