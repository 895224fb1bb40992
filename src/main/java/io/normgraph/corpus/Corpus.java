package io.normgraph.corpus;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.normgraph.corpus.CorpusManifest.License;
import io.normgraph.schema.SchemaDeclaration;

/**
 * A corpus in the graph, as the API shows it.
 *
 * @param id its id
 * @param name its name (its id when it gives none)
 * @param description what it holds
 * @param version the version of its data
 * @param licenses its licences
 * @param nodes how many nodes of each label it asserts
 * @param relationships how many relationships of each type it asserts
 * @param schema the labels and relationship types it declares (empty: the built-in schema only)
 * @param comparisons the example comparisons it offers (corpus.yml's {@code comparisons})
 * @param importedAt when its current version was imported
 * @param importedFrom what it was imported from
 * @param firstImportedAt when it was first imported
 */
public record Corpus(String id, String name, @Nullable String description, @Nullable String version,
		List<License> licenses, Map<String, Integer> nodes, Map<String, Integer> relationships, SchemaDeclaration schema,
		List<CorpusManifest.Comparison> comparisons, @Nullable ZonedDateTime importedAt, @Nullable String importedFrom, @Nullable ZonedDateTime firstImportedAt) {
}
