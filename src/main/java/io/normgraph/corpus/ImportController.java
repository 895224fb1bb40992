package io.normgraph.corpus;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/imports}: a zip of corpus CSV files, validated whole and then written
 * whole, or not at all. Needs the importer's credentials (see the security package).
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
	@Operation(summary = "Import a corpus: a zip of nodes/*.csv and relationships/*.csv (import/README.md), as the importer (HTTP Basic)")
	@ApiResponse(responseCode = "200", description = "Dry run: the report, nothing written")
	@ApiResponse(responseCode = "201", description = "Imported: the report")
	@ApiResponse(responseCode = "401", description = "Unauthorized: writing needs authentication as the importer (HTTP Basic)")
	@ApiResponse(responseCode = "409", description = "Conflict: another import is being written; try again when it has finished")
	@ApiResponse(responseCode = "411", description = "Length required: send the zip with a Content-Length")
	@ApiResponse(responseCode = "413", description = "Content too large: the zip is over normgraph.security.max-import-size")
	@ApiResponse(responseCode = "422", description = "Invalid corpus: every problem in `problems` (file, line, column, message); nothing was written")
	ResponseEntity<ImportReport> importZip(@RequestBody byte[] zip,
			@Parameter(description = "check the corpus and report, writing nothing", example = "true") @RequestParam(defaultValue = "false") boolean dryRun) {
		CorpusFiles corpus = CorpusFiles.fromZip(zip, "upload");
		if (dryRun) {
			return ResponseEntity.ok(this.importer.dryRun(corpus));
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(this.importer.importCorpus(corpus));
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

	@ExceptionHandler
	ProblemDetail invalidCorpus(CorpusImportException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				ex.report().problems().size() + " problem(s) in the corpus; nothing was written.");
		problem.setTitle("Invalid corpus");
		problem.setProperty("problems", ex.report().problems());
		problem.setProperty("rows", ex.report().rows());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail unreadableArchive(CorpusArchiveException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The upload is not a usable corpus archive: " + ex.getMessage() + ".");
		problem.setTitle("Unusable archive");
		problem.setProperties(Map.of("parameter", "body"));
		return problem;
	}

	@ExceptionHandler
	ProblemDetail busy(ImportInProgressException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

}
