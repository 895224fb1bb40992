package io.normgraph.reuse.graph;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** Detected reuse at a node, over REST and GraphQL (the same answer). */
@Controller
@Tag(name = "reuse")
class NodeReuseController {

	private final NodeReuseService reuse;

	NodeReuseController(NodeReuseService reuse) {
		this.reuse = reuse;
	}

	@GetMapping("/api/v1/nodes/{id}/reuse")
	@ResponseBody
	@Operation(summary = "What a provision or instrument reuses and what reuses it (detected reuse), best score first, with scores, spans and the run that found each")
	@ApiResponse(responseCode = "200", description = "The findings at the node; [] when none")
	@ApiResponse(responseCode = "404", description = "No node with that id")
	List<NodeReuse> rest(@Parameter(description = "a provision or an instrument", example = "secure-std-1") @PathVariable String id) {
		return this.reuse.reuse(id);
	}

	@QueryMapping
	List<NodeReuse> reuse(@Argument String id) {
		return this.reuse.reuse(id);
	}

}
