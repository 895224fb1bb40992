package io.normgraph.comparison;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "comparison")
class ComparisonController {

	private final ComparisonService comparisons;

	ComparisonController(ComparisonService comparisons) {
		this.comparisons = comparisons;
	}

	@GetMapping("/api/v1/comparisons")
	@Operation(summary = "One row per provision of instrument with its counterparts in against, the issue and the departure")
	Comparison compare(@Parameter(description = "id of the instrument whose provisions make the rows", example = "wco-secure") @RequestParam String instrument,
			@Parameter(description = "id of the instrument they are compared against", example = "trips") @RequestParam String against) {
		return this.comparisons.compare(instrument, against);
	}

}
