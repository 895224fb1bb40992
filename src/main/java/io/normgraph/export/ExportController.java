package io.normgraph.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.normgraph.graph.GraphResult;
import io.normgraph.schema.SchemaRegistry;
import io.normgraph.system.BadParameterException;
import io.normgraph.time.AsOf;

/**
 * {@code GET /api/v1/exports/{format}?root=&depth=&types=}: the whole graph, or the subgraph
 * around {@code root}, as a file download.
 */
@RestController
@Tag(name = "exports")
class ExportController {

	private final SubgraphQueries queries;

	private final Map<ExportFormat, GraphWriter> writers;

	private final SchemaRegistry schemas;

	ExportController(SubgraphQueries queries, List<GraphWriter> writers, SchemaRegistry schemas) {
		this.queries = queries;
		this.schemas = schemas;
		this.writers = writers.stream().collect(Collectors.toMap(GraphWriter::format, Function.identity()));
	}

	@GetMapping("/api/v1/exports/{format}")
	@Operation(summary = "The whole graph, or with root the subgraph around a node, as a file to download")
	ResponseEntity<byte[]> export(
			@Parameter(description = "the file format: graphml (Gephi, yEd, Cytoscape desktop), gexf (Gephi), cyjs (Cytoscape.js JSON) or csv (a zip of nodes.csv and edges.csv)", example = "graphml") @PathVariable String format,
			@Parameter(description = "id of the node at the centre of a subgraph; the whole graph if absent", example = "wco-secure") @RequestParam(required = false) @Nullable String root,
			@Parameter(description = "hops from root, 0 to 6, default 2 (only with root)", example = "2") @RequestParam(required = false) @Nullable Integer depth,
			@Parameter(description = "comma-separated relationship types to follow and export; default every type", example = "DERIVES_FROM,PART_OF") @RequestParam(required = false) @Nullable String types,
			@Parameter(description = AsOf.DESCRIPTION, example = "2008-06-28") @RequestParam(required = false) @Nullable String asOf) throws IOException {
		ExportFormat chosen = ExportFormat.fromUrlName(format)
			.orElseThrow(() -> new BadParameterException("format",
					"Unknown export format '" + format + "'; one of " + ExportFormat.allUrlNames() + "."));
		SubgraphSpec spec = SubgraphSpec.of(root, depth, types, this.schemas.current().types().keySet());
		AsOf day = AsOf.parse(asOf);
		GraphResult graph = this.queries.read(spec, day);
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		this.writers.get(chosen).write(graph, body);
		String filename = ((spec.root() != null) ? "normgraph-" + spec.root() + "-depth-" + spec.depth() : "normgraph")
				+ ((day != null) ? "-as-of-" + day.text() : "") + "." + chosen.extension();
		return ResponseEntity.ok()
			.contentType(chosen.mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(body.toByteArray());
	}

}
