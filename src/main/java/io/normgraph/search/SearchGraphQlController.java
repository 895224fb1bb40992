package io.normgraph.search;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class SearchGraphQlController {

	private final SearchService search;

	SearchGraphQlController(SearchService search) {
		this.search = search;
	}

	@QueryMapping
	SearchHits search(@Argument String q, @Argument @Nullable Integer limit, @Argument @Nullable String corpus,
			@Argument @Nullable String fields, @Argument @Nullable String asOf) {
		return this.search.search(SearchRequest.of(q).withLimit(limit).withCorpus(corpus).withFields(fields).withAsOf(asOf));
	}

}
