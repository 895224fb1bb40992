package io.normgraph.export;

import java.util.Arrays;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * The export operation in the API document as {@link ExportFormat} defines it: the formats
 * the path accepts, and the file types a 200 can be.
 */
@Component
class ExportApiDocumentation implements OperationCustomizer {

	@Override
	public Operation customize(Operation operation, HandlerMethod handlerMethod) {
		if (!handlerMethod.getBeanType().equals(ExportController.class)) {
			return operation;
		}
		operation.getParameters()
			.stream()
			.filter((parameter) -> parameter.getName().equals("format"))
			.forEach((format) -> format.setSchema(new StringSchema()
				._enum(Arrays.stream(ExportFormat.values()).map(ExportFormat::urlName).toList())));
		Content files = new Content();
		for (ExportFormat format : ExportFormat.values()) {
			files.addMediaType(format.mediaType().toString(), new MediaType().schema(new BinarySchema()));
		}
		ApiResponse ok = operation.getResponses().get("200");
		if (ok != null) {
			ok.description("The file, named in Content-Disposition").setContent(files);
		}
		return operation;
	}

}
