package io.normgraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.normgraph.schema.BuiltInSchema;

/**
 * The bundled corpus's files, without a database: valid under the built-in schema, and
 * complete: every node but a Source has at least one relationship saying what the paper says of it.
 */
class BundledCorpusTests {

	static final Path BUNDLED = Path.of("import/secure");

	private final List<ImportProblem> problems = new ArrayList<>();

	private final CorpusRows rows = new CsvCorpusParser(BuiltInSchema.get(), List.of(""), this.problems)
		.parse(CorpusFiles.fromDirectory(BUNDLED));

	@Test
	void everyRowIsValidUnderTheBuiltInSchema() {
		assertThat(this.problems).isEmpty();
		assertThat(this.rows.nodes()).hasSizeGreaterThan(200);
	}

	@Test
	void noNodeIsAnOrphan() {
		Set<String> related = new HashSet<>();
		this.rows.relationships().forEach((row) -> {
			related.add(row.from());
			related.add(row.to());
		});
		assertThat(this.rows.nodes()
			.stream()
			.filter((node) -> !node.label().equals("Source") && !related.contains(node.id()))
			.map(CorpusRows.NodeRow::id)).isEmpty();
	}

	@Test
	void itNamesItselfAndDeclaresNothingOfItsOwn() {
		CorpusManifest manifest = new ManifestReader(this.problems).read(CorpusFiles.fromDirectory(BUNDLED), null);
		assertThat(this.problems).isEmpty();
		assertThat(manifest.id()).isEqualTo("secure");
		assertThat(manifest.schema().isEmpty()).isTrue();
	}

}
