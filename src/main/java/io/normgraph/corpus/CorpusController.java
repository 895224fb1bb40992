package io.normgraph.corpus;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/corpora}: the corpora in the graph; removing one needs the importer's
 * credentials (see the security package).
 */
@RestController
@RequestMapping("/api/v1/corpora")
@Tag(name = "corpora")
class CorpusController {

	private static final String CORPUS_ID = "The corpus's id, as its corpus.yml gives it (e.g. secure, the bundled corpus)";

	private final Corpora corpora;

	private final CorpusImporter importer;

	CorpusController(Corpora corpora, CorpusImporter importer) {
		this.corpora = corpora;
		this.importer = importer;
	}

	@GetMapping
	@Operation(summary = "Every corpus: id, name, description, licence, counts by label and type, its schema, when and from what it was imported")
	CorpusList all() {
		return new CorpusList(this.corpora.all());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One corpus")
	Corpus one(@Parameter(description = CORPUS_ID, example = "secure") @PathVariable String id) {
		return this.corpora.find(id);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Removes a corpus: exactly what it alone asserted, all or nothing (authenticated)")
	ImportReport remove(@Parameter(description = CORPUS_ID, example = "secure") @PathVariable String id,
			@Parameter(description = "true: report what removing it would remove, and any problem, without removing anything", example = "true") @RequestParam(defaultValue = "false") boolean dryRun) {
		io.normgraph.system.Parameters.id(id, "id");
		return this.importer.remove(id, dryRun);
	}

	/** The REST envelope of the corpora: {@code {corpora}}. */
	record CorpusList(List<Corpus> corpora) {
	}

}
