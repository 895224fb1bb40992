package io.normgraph.lineage;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import io.normgraph.graph.GraphResult;

@Controller
class LineageGraphQlController {

	private final LineageService lineage;

	private final DerivationService derivation;

	LineageGraphQlController(LineageService lineage, DerivationService derivation) {
		this.lineage = lineage;
		this.derivation = derivation;
	}

	@QueryMapping
	GraphResult lineage(@Argument String id, @Argument @Nullable String direction,
			@Argument @Nullable List<String> types, @Argument @Nullable Integer depth, @Argument @Nullable Integer limit,
			@Argument @Nullable String fields, @Argument @Nullable String asOf, @Argument @Nullable String inferred,
			@Argument @Nullable Double minScore) {
		return this.lineage.lineage(LineageRequest.of(id)
			.withDirection((direction != null) ? direction.toLowerCase(Locale.ROOT) : null)
			.withTypes(types)
			.withDepth(depth)
			.withLimit(limit)
			.withFields(fields)
			.withAsOf(asOf)
			.withInferred(inferred, minScore));
	}

	@QueryMapping
	Derivation derived(@Argument String root, @Argument @Nullable Integer limit, @Argument @Nullable String fields,
			@Argument @Nullable String asOf, @Argument @Nullable String inferred, @Argument @Nullable Double minScore) {
		return this.derivation.derived(
				LineageRequest.of(root).withLimit(limit).withFields(fields).withAsOf(asOf).withInferred(inferred, minScore));
	}

}
