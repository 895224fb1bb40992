package io.normgraph.corpus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.normgraph.system.BadParameterException;
import io.normgraph.system.Parameters;

/**
 * {@code POST /api/v1/imports}: a zipped corpus (corpus.yml, CSV files), validated whole and
 * then written whole, or not at all; a corpus already in the graph is replaced by the new
 * version. Needs the importer's credentials (see the security package).
 */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "imports")
class ImportController {

	private final CorpusImporter importer;

	ImportController(CorpusImporter importer) {
		this.importer = importer;
	}

	/**
	 * @param dryRun validate and report without writing
	 * @return 200 with the report of a dry run, 201 with the report of a landed import
	 */
	@PostMapping(consumes = { "application/zip", "application/x-zip-compressed", "application/octet-stream" })
	@Operation(summary = "Import a corpus, or a new version of one: a zip of its corpus.yml, nodes/*.csv, relationships/*.csv and queries/*.cypher (import/README.md), as the importer (HTTP Basic)")
	@ApiResponse(responseCode = "200", description = "Dry run: the report, nothing written")
	@ApiResponse(responseCode = "201", description = "Imported: the report (created, changed, unchanged and removed nodes and relationships)")
	@ApiResponse(responseCode = "401", description = "Unauthorized: writing needs authentication as the importer (HTTP Basic)")
	@ApiResponse(responseCode = "409", description = "Conflict: another import is being written; try again when it has finished")
	@ApiResponse(responseCode = "411", description = "Length required: send the zip with a Content-Length")
	@ApiResponse(responseCode = "413", description = "Content too large: the zip is over normgraph.security.max-import-size")
	@ApiResponse(responseCode = "422", description = "Invalid corpus: every problem in `problems` (file, line, column, message) and every conflict with another corpus's values in `conflicts`; nothing was written")
	ResponseEntity<ImportReport> importZip(@RequestBody byte[] zip,
			@Parameter(description = "check the corpus and report, writing nothing", example = "true") @RequestParam(defaultValue = "false") boolean dryRun,
			@Parameter(description = "the corpus's id, when its corpus.yml gives none and the zip holds no single folder", example = "my-treaties") @RequestParam(required = false) @Nullable String corpus,
			@Parameter(description = "fail (default): a value that differs from one another corpus gave fails the import; claims: both values are kept side by side as claims", example = "fail") @RequestParam(defaultValue = "fail") String conflicts) {
		ImportOptions options = new ImportOptions(Parameters.optionalId(corpus, "corpus"), dryRun, conflicts(conflicts));
		ImportReport report = this.importer.importCorpus(CorpusFiles.fromZip(zip, "upload"), options);
		return dryRun ? ResponseEntity.ok(report) : ResponseEntity.status(HttpStatus.CREATED).body(report);
	}

	private static ImportOptions.Conflicts conflicts(String value) {
		try {
			return ImportOptions.Conflicts.parse(value);
		}
		catch (IllegalArgumentException ex) {
			throw new BadParameterException("conflicts", ex.getMessage());
		}
	}

	/** The import being written now, or 204 when none is. */
	@GetMapping("/current")
	@Operation(summary = "Progress of the import being written now")
	@ApiResponse(responseCode = "200", description = "An import is being written: its progress")
	@ApiResponse(responseCode = "204", description = "No import is running")
	ResponseEntity<ImportProgress> current() {
		return this.importer.currentImport()
			.map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

}
