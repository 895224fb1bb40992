package io.normgraph.diff;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "versions")
class DiffController {

	private final DiffService diffs;

	DiffController(DiffService diffs) {
		this.diffs = diffs;
	}

	@GetMapping("/api/v1/diff")
	@Operation(summary = "A word-level diff of two nodes' texts: both texts and the aligned segments (equal, insert, delete, replace) with character offsets")
	TextDiff diff(@Parameter(description = "the id of the earlier text, e.g. a version", example = "secure-std-4-text-main") @RequestParam(required = false) @Nullable String from,
			@Parameter(description = "the id of the later text", example = "secure-std-4-text-fn-26") @RequestParam(required = false) @Nullable String to) {
		return this.diffs.diff(from, to);
	}

}
