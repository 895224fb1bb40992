package io.normgraph.comparison;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class ComparisonGraphQlController {

	private final ComparisonService comparisons;

	ComparisonGraphQlController(ComparisonService comparisons) {
		this.comparisons = comparisons;
	}

	@QueryMapping
	Comparison comparison(@Argument String instrument, @Argument String against) {
		return this.comparisons.compare(instrument, against);
	}

}
