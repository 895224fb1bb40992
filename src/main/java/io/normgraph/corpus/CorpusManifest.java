package io.normgraph.corpus;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.normgraph.schema.SchemaDeclaration;

/**
 * What a corpus says of itself in its {@code corpus.yml} (all optional but the id, which
 * defaults to the directory's name): who it is, under which licence, and the labels,
 * relationship types and properties it adds to the built-in schema.
 *
 * @param id the corpus's id, kebab-case: what a re-import replaces and a removal removes
 * @param name a human-readable title
 * @param description what it holds and where it comes from
 * @param version the version of the data, as its publisher names it
 * @param licenses under which terms it may be used (Frictionless: name, title, path)
 * @param missingValues cell values that mean "no value" (Frictionless; default just the empty cell)
 * @param schema the labels and relationship types it declares
 * @param comparisons example comparisons of one instrument against another, for the explorer
 * @param text the corpus.yml as written, kept with the corpus (empty without one)
 */
public record CorpusManifest(String id, @Nullable String name, @Nullable String description, @Nullable String version,
		List<License> licenses, List<String> missingValues, SchemaDeclaration schema, List<Comparison> comparisons,
		String text) {

	public CorpusManifest {
		licenses = List.copyOf(licenses);
		missingValues = List.copyOf(missingValues);
		comparisons = List.copyOf(comparisons);
	}

	/** A corpus without corpus.yml: its id, the built-in schema, nothing else. */
	static CorpusManifest named(String id) {
		return new CorpusManifest(id, null, null, null, List.of(), List.of(""), SchemaDeclaration.EMPTY, List.of(), "");
	}

	/**
	 * An example comparison the corpus offers (the bundled corpus's is the paper's Table 1): one
	 * instrument's units against another's ({@code GET /api/v1/comparisons}).
	 *
	 * @param name what the comparison is called, e.g. "Table 1 of the paper"
	 * @param instrument the id of the instrument whose units make the rows
	 * @param against the id of the instrument they are compared with
	 * @param locator where the source makes this comparison: rows whose derivation is located
	 * there (by prefix, e.g. {@code Table 1}) make the table, the others are listed after it
	 * @param description what it shows
	 */
	public record Comparison(String name, String instrument, String against, @Nullable String locator,
			@Nullable String description) {
	}

	/**
	 * A licence, in Frictionless Data Package's words.
	 *
	 * @param name an SPDX identifier such as CC-BY-4.0
	 * @param title its human-readable name
	 * @param path where its text is
	 */
	public record License(@Nullable String name, @Nullable String title, @Nullable String path) {
	}

}
