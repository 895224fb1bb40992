package io.normgraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * corpus.yml: who a corpus is and what it declares, every problem at its line; without one, the
 * directory names the corpus.
 */
class ManifestReaderTests {

	@TempDir
	Path root;

	private final List<ImportProblem> problems = new ArrayList<>();

	@Test
	void readsWhoTheCorpusIsItsLicencesMissingValuesAndSchema() {
		CorpusManifest manifest = read("id: trade", "name: Trade", "description: Agreements", "version: 2",
				"licenses:", "  - {name: CC-BY-4.0, title: Attribution, path: https://creativecommons.org/licenses/by/4.0/}",
				"  - ODbL-1.0", "missingValues: ['', 'n/a']", "labels:", "  Agreement: {role: instrument}");
		assertThat(this.problems).isEmpty();
		assertThat(manifest.id()).isEqualTo("trade");
		assertThat(manifest.name()).isEqualTo("Trade");
		assertThat(manifest.description()).isEqualTo("Agreements");
		assertThat(manifest.version()).isEqualTo("2");
		assertThat(manifest.licenses()).containsExactly(
				new CorpusManifest.License("CC-BY-4.0", "Attribution", "https://creativecommons.org/licenses/by/4.0/"),
				new CorpusManifest.License("ODbL-1.0", null, null));
		assertThat(manifest.missingValues()).containsExactly("", "n/a");
		assertThat(manifest.schema().labels()).containsOnlyKeys("Agreement");
		assertThat(manifest.text()).startsWith("id: trade");
	}

	@Test
	void theShorthandLicenceAndTheDefaults() {
		CorpusManifest manifest = read("licence: CC0-1.0");
		assertThat(this.problems).isEmpty();
		assertThat(manifest.id()).isEqualTo(CorpusDirectory.id(this.root));
		assertThat(manifest.licenses()).extracting(CorpusManifest.License::name).containsExactly("CC0-1.0");
		assertThat(manifest.missingValues()).containsExactly("");
		assertThat(manifest.schema().isEmpty()).isTrue();
	}

	@Test
	void withoutOneTheDirectoryNamesTheCorpusAndAnIdGivenWins() {
		new CorpusDirectory(this.root).file("nodes/Source.csv", "id,name,source,locator");
		CorpusFiles files = CorpusFiles.fromDirectory(this.root);
		assertThat(new ManifestReader(this.problems).read(files, null).id()).isEqualTo(CorpusDirectory.id(this.root));
		assertThat(new ManifestReader(this.problems).read(files, "chosen").id()).isEqualTo("chosen");
		assertThat(this.problems).isEmpty();
	}

	@Test
	void everyProblemAtItsLine() {
		CorpusManifest manifest = read("id: Not An Id", "colour: red", "labels:", "  Agreement:", "    properties:",
				"      rate: float");
		assertThat(manifest).isNull();
		assertThat(this.problems).extracting(ImportProblem::file, ImportProblem::line, ImportProblem::message)
			.containsExactlyInAnyOrder(
					tuple("corpus.yml", 2L, "unknown key 'colour' in corpus.yml; allowed: comparisons, description, id, labels, licence, "
							+ "license, licenses, missingValues, name, relationships, version"),
					tuple("corpus.yml", 6L, "unknown value type 'float' for property 'rate' of 'Agreement'; allowed: string, "
							+ "text, integer, decimal, boolean, date, list, id"),
					tuple("corpus.yml", 1L, "the corpus id 'Not An Id' is not a lower-case kebab-case id such as trips-art-51"));
	}

	@Test
	void notYamlOrNotAMappingOrNoNameAtAll() {
		read("id: [unclosed");
		assertThat(this.problems).singleElement()
			.satisfies((problem) -> assertThat(problem.message()).startsWith("not valid YAML:"));
		this.problems.clear();
		read("- just", "- a list");
		assertThat(this.problems).extracting(ImportProblem::message)
			.contains("the file must be a YAML mapping of keys to values");
		this.problems.clear();
		CorpusFiles unnamed = new CorpusFiles("upload", null, List.of());
		assertThat(new ManifestReader(this.problems).read(unnamed, null)).isNull();
		assertThat(this.problems).extracting(ImportProblem::message).containsExactly(
				"the corpus has no id: give one in corpus.yml (id: my-corpus) or name it when importing");
	}

	/**
	 * {@code comparisons}: each names an instrument and the one it is compared against by id; the
	 * name defaults to both ids; a missing or malformed id is reported at its line and the
	 * comparison left out.
	 */
	@Test
	void readsTheComparisonsAndReportsEachBadOneAtItsLine() {
		CorpusManifest manifest = read("comparisons:",
				"  - {name: SECURE and TRIPS, instrument: wco-secure, against: trips, locator: III.2, description: Both}",
				"  - {instrument: wco-secure, against: acta}");
		assertThat(this.problems).isEmpty();
		assertThat(manifest.comparisons()).containsExactly(
				new CorpusManifest.Comparison("SECURE and TRIPS", "wco-secure", "trips", "III.2", "Both"),
				new CorpusManifest.Comparison("wco-secure against acta", "wco-secure", "acta", null, null));
		assertThat(read("id: other").comparisons()).isEmpty();
		read("comparisons:", "  - {instrument: wco-secure}", "  - instrument: wco-secure", "    against: Not An Id",
				"  - {against: trips}");
		assertThat(this.problems).extracting(ImportProblem::line, ImportProblem::message)
			.containsExactly(tuple(2L, "a comparison needs 'against': the id of an instrument"),
					tuple(4L, "comparison against 'Not An Id' is not " + io.normgraph.schema.Ids.RULE),
					tuple(5L, "a comparison needs 'instrument': the id of an instrument"));
	}

	/** corpus.yml declares a schema, not data: 1 MiB is the most it may be. */
	@Test
	void aManifestOfMoreThanOneMebibyteIsRefused() {
		String comment = "# " + "x".repeat(ManifestReader.MAX_BYTES - "id: big\n".length() - "# \n".length());
		assertThat(read("id: big", comment)).isNotNull();
		assertThat(this.problems).isEmpty();
		assertThat(read("id: big", comment + "x")).isNull();
		assertThat(this.problems).extracting(ImportProblem::line, ImportProblem::message)
			.containsExactly(tuple(0L, "corpus.yml is larger than 1024 KiB; it declares a schema, not data"));
	}

	private CorpusManifest read(String... lines) {
		new CorpusDirectory(this.root).file("corpus.yml", lines).file("nodes/Source.csv", "id,name,source,locator");
		return new ManifestReader(this.problems).read(CorpusFiles.fromDirectory(this.root), null);
	}

}
