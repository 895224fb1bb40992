package io.normgraph.comparison;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "comparison", description = "One instrument against another, provision by provision")
class ComparisonController {

	private final ComparisonService comparisons;

	ComparisonController(ComparisonService comparisons) {
		this.comparisons = comparisons;
	}

	@GetMapping("/api/v1/comparisons")
	@Operation(summary = "One row per provision of instrument with its counterparts in against, the issue and the departure")
	Comparison compare(@Parameter(description = "e.g. wco-secure") @RequestParam String instrument,
			@Parameter(description = "e.g. trips") @RequestParam String against) {
		return this.comparisons.compare(instrument, against);
	}

}
