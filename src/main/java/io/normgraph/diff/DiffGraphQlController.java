package io.normgraph.diff;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class DiffGraphQlController {

	private final DiffService diffs;

	DiffGraphQlController(DiffService diffs) {
		this.diffs = diffs;
	}

	@QueryMapping
	TextDiff diff(@Argument String from, @Argument String to) {
		return this.diffs.diff(from, to);
	}

}
