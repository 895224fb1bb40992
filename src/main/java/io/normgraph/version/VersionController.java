package io.normgraph.version;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.normgraph.time.AsOf;

@RestController
@Tag(name = "versions")
class VersionController {

	private final VersionService versions;

	VersionController(VersionService versions) {
		this.versions = versions;
	}

	@GetMapping("/api/v1/nodes/{id}/versions")
	@Operation(summary = "The versions of a text (or of a version's text), earliest first, each with the versions it supersedes and whether it is current")
	Versions versions(@Parameter(description = "a text (an instrument or a provision) or one of its versions", example = "wco-secure") @PathVariable String id,
			@Parameter(description = AsOf.DESCRIPTION + "; the current version is the one in force or in draft then", example = "2008-04-30") @RequestParam(required = false) @Nullable String asOf) {
		return this.versions.versions(id, asOf);
	}

}
