package io.normgraph.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.normgraph.time.AsOf;

@RestController
@Tag(name = "search", description = "Full-text search")
class SearchController {

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping("/api/v1/search")
	@Operation(summary = "Nodes whose name, text, heading, summary or quote match, best first")
	SearchHits search(@Parameter(description = "words to look for (Lucene syntax is escaped)") @RequestParam(required = false) @Nullable String q,
			@Parameter(description = "1 to 100, default 20") @RequestParam(required = false) @Nullable Integer limit,
			@Parameter(description = AsOf.DESCRIPTION) @RequestParam(required = false) @Nullable String asOf) {
		return new SearchHits(this.search.search(q, limit, asOf));
	}

}
