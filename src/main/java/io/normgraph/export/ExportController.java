package io.normgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.DisconnectedClientHelper;

import io.normgraph.schema.SchemaRegistry;
import io.normgraph.system.BadParameterException;
import io.normgraph.time.AsOf;

/**
 * {@code GET /api/v1/exports/{format}?root=&depth=&types=}: the whole graph, or the subgraph
 * around {@code root}, as a file download, written to the response as it is read from the
 * database. Parameters and the root are checked first, so those errors are problem+json; once
 * the first byte is out, a failure can only cut the file short.
 */
@RestController
@Tag(name = "exports")
class ExportController {

	private static final Log logger = LogFactory.getLog(ExportController.class);

	private final GraphExport export;

	private final Map<ExportFormat, GraphWriter> writers;

	private final SchemaRegistry schemas;

	ExportController(GraphExport export, List<GraphWriter> writers, SchemaRegistry schemas) {
		this.export = export;
		this.schemas = schemas;
		this.writers = writers.stream().collect(Collectors.toMap(GraphWriter::format, Function.identity()));
	}

	@GetMapping("/api/v1/exports/{format}")
	@Operation(summary = "The whole graph, or with root the subgraph around a node, as a file to download")
	void export(
			@Parameter(description = "the file format: graphml (Gephi, yEd, Cytoscape desktop), gexf (Gephi), cyjs (Cytoscape.js JSON) or csv (a zip of nodes.csv and edges.csv)", example = "graphml") @PathVariable String format,
			@ParameterObject ExportParameters parameters, BindingResult binding, HttpServletResponse response)
			throws IOException {
		ExportFormat chosen = ExportFormat.fromUrlName(format)
			.orElseThrow(() -> new BadParameterException("format",
					"Unknown export format '" + format + "'; one of " + ExportFormat.allUrlNames() + "."));
		FieldError wrong = binding.getFieldError();
		if (wrong != null) {
			throw new BadParameterException(wrong.getField(),
					wrong.getField() + " has the wrong type: '" + wrong.getRejectedValue() + "'");
		}
		SubgraphSpec spec = SubgraphSpec.of(parameters, this.schemas.current().types().keySet());
		AsOf day = AsOf.parse(parameters.asOf());
		String filename = spec.filename(chosen, day);
		try {
			this.export.write(spec, day, this.writers.get(chosen), () -> open(response, chosen, filename));
		}
		catch (IOException ex) {
			if (!DisconnectedClientHelper.isClientDisconnectedException(ex)) {
				throw ex;
			}
			logger.debug("The client left during an export: " + ex.getMessage());
		}
	}

	private static OutputStream open(HttpServletResponse response, ExportFormat format, String filename)
			throws IOException {
		response.setContentType(format.mediaType().toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename).build().toString());
		return response.getOutputStream();
	}

}
