package io.normgraph.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The meaning of the path parameter most operations share, {@code {id}}, written once
 * instead of on every method; a controller adds only what differs (an actor's id as the
 * example, say). Every other parameter is described where it is declared.
 */
@Component
class ApiParameters implements OpenApiCustomizer {

	static final String ID_DESCRIPTION = "The node's stable id: lower-case kebab-case, as in the corpus "
			+ "(e.g. trips-art-51, secure-std-1, bra).";

	static final String ID_EXAMPLE = "secure-std-1";

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getPaths() == null) {
			return;
		}
		openApi.getPaths()
			.values()
			.forEach((item) -> item.readOperations()
				.stream()
				.filter((operation) -> operation.getParameters() != null)
				.flatMap((operation) -> operation.getParameters().stream())
				.filter((parameter) -> "id".equals(parameter.getName()) && "path".equals(parameter.getIn()))
				.forEach(ApiParameters::describeId));
	}

	private static void describeId(Parameter id) {
		if (!StringUtils.hasText(id.getDescription())) {
			id.setDescription(ID_DESCRIPTION);
		}
		if (id.getExample() == null) {
			id.setExample(ID_EXAMPLE);
		}
	}

}
