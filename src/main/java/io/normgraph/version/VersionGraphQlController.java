package io.normgraph.version;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class VersionGraphQlController {

	private final VersionService versions;

	VersionGraphQlController(VersionService versions) {
		this.versions = versions;
	}

	@QueryMapping
	Versions versions(@Argument String id, @Argument @Nullable String asOf) {
		return this.versions.versions(id, asOf);
	}

}
