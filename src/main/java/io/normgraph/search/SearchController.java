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
@Tag(name = "search")
class SearchController {

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping("/api/v1/search")
	@Operation(summary = "Nodes whose name, text, heading, summary or quote match, best first")
	SearchHits search(@Parameter(description = "words to look for (Lucene syntax is escaped)", example = "de minimis") @RequestParam(required = false) @Nullable String q,
			@Parameter(description = "most hits to return, 1 to 100, default 20; a cut answer says truncated: true and how many nodes it omitted", example = "20") @RequestParam(required = false) @Nullable Integer limit,
			@Parameter(description = "only nodes this corpus asserts (GET /api/v1/corpora)", example = "secure") @RequestParam(required = false) @Nullable String corpus,
			@Parameter(description = "all (default), or minimal: each hit's node with id, labels and name only", example = "all") @RequestParam(required = false) @Nullable String fields,
			@Parameter(description = AsOf.DESCRIPTION, example = "2008-06-28") @RequestParam(required = false) @Nullable String asOf) {
		return this.search.search(SearchRequest.of(q).withLimit(limit).withCorpus(corpus).withFields(fields).withAsOf(asOf));
	}

}
