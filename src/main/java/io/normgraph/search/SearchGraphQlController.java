package io.normgraph.search;

import java.util.List;

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
	List<SearchHit> search(@Argument String q, @Argument @Nullable Integer limit, @Argument @Nullable String asOf) {
		return this.search.search(q, limit, asOf);
	}

}
