package io.normgraph.corpus;

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
	ResponseEntity<ImportReport> importZip(@RequestBody byte[] zip,
			@RequestParam(defaultValue = "false") boolean dryRun,
			@RequestParam(required = false) @Nullable String corpus,
			@RequestParam(defaultValue = "fail") String conflicts) {
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
	ResponseEntity<ImportProgress> current() {
		return this.importer.currentImport()
			.map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

}
