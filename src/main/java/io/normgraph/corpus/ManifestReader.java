package io.normgraph.corpus;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import io.normgraph.corpus.CorpusFiles.CorpusFile;
import io.normgraph.schema.Ids;
import io.normgraph.schema.SchemaDeclaration;
import io.normgraph.schema.SchemaProblem;
import io.normgraph.schema.SchemaReader;
import io.normgraph.schema.Yaml;

/**
 * Reads a corpus's {@code corpus.yml}. Every problem is reported with its line; a corpus
 * without one is named after its directory and uses the built-in schema.
 */
final class ManifestReader {

	private static final Set<String> OWN_KEYS = Set.of("id", "name", "description", "version", "licenses", "license",
			"licence", "missingValues", "comparisons");

	/** Most bytes a corpus.yml may have: it declares a schema, it holds no data. */
	static final int MAX_BYTES = 1024 * 1024;

	private final List<ImportProblem> problems;

	ManifestReader(List<ImportProblem> problems) {
		this.problems = problems;
	}

	/**
	 * @param idOverride an id the caller gives instead of the manifest's (or null)
	 * @return the manifest, or null when the corpus cannot be named (each problem reported)
	 */
	@Nullable CorpusManifest read(CorpusFiles corpus, @Nullable String idOverride) {
		CorpusFile file = corpus.manifest().orElse(null);
		if (file == null) {
			return named(idOverride, corpus.name(), 0);
		}
		String text;
		try (var in = file.open()) {
			byte[] bytes = in.readNBytes(MAX_BYTES + 1);
			if (bytes.length > MAX_BYTES) {
				problem(0, "corpus.yml is larger than " + MAX_BYTES / 1024 + " KiB; it declares a schema, not data");
				return null;
			}
			text = new String(bytes, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			problem(0, "unreadable: " + ex.getMessage());
			return null;
		}
		List<SchemaProblem> yamlProblems = new ArrayList<>();
		Yaml yaml = new Yaml(yamlProblems);
		MappingNode root = yaml.root(new StringReader(text));
		Set<String> allowed = new TreeSet<>(OWN_KEYS);
		allowed.addAll(SchemaReader.KEYS);
		Map<String, Node> entries = (root != null) ? yaml.entries(root, "corpus.yml", allowed) : Map.of();
		SchemaDeclaration schema = new SchemaReader(yaml).read(entries, false);
		String id = (idOverride != null) ? idOverride : scalar(yaml, entries, "id");
		yamlProblems.forEach((problem) -> problem(problem.line(), problem.message()));
		CorpusManifest named = named(id, corpus.name(), (entries.get("id") != null) ? Yaml.line(entries.get("id")) : 1);
		if (named == null) {
			return null;
		}
		return new CorpusManifest(named.id(), scalar(yaml, entries, "name"), scalar(yaml, entries, "description"),
				scalar(yaml, entries, "version"), licenses(yaml, entries), missingValues(yaml, entries), schema,
				comparisons(yaml, entries), text);
	}

	private @Nullable CorpusManifest named(@Nullable String id, @Nullable String folder, int line) {
		String chosen = (id != null) ? id : (folder != null) ? Ids.slug(folder) : null;
		if (chosen == null || chosen.isEmpty()) {
			problem(line, "the corpus has no id: give one in corpus.yml (id: my-corpus) or name it when importing");
			return null;
		}
		if (!Ids.isValid(chosen)) {
			problem(line, "the corpus id '" + chosen + "' is not " + Ids.RULE);
			return null;
		}
		return CorpusManifest.named(chosen);
	}

	/** {@code licenses: [{name, title, path}]}, or the shorthand {@code licence: CC-BY-4.0}. */
	private static List<CorpusManifest.License> licenses(Yaml yaml, Map<String, Node> entries) {
		List<CorpusManifest.License> licenses = new ArrayList<>();
		for (String key : List.of("license", "licence")) {
			String name = scalar(yaml, entries, key);
			if (name != null) {
				licenses.add(new CorpusManifest.License(name, null, null));
			}
		}
		if (entries.containsKey("licenses")) {
			yaml.items(entries.get("licenses"), "licenses", (item) -> {
				Map<String, Node> fields = (item instanceof ScalarNode) ? Map.of("name", item)
						: yaml.entries(item, "a licence", Set.of("name", "title", "path"));
				licenses.add(new CorpusManifest.License(scalar(yaml, fields, "name"), scalar(yaml, fields, "title"),
						scalar(yaml, fields, "path")));
			});
		}
		return licenses;
	}

	/**
	 * {@code comparisons: [{name, instrument, against, locator, description}]}: instrument and
	 * against are ids, each problem reported at its line.
	 */
	private List<CorpusManifest.Comparison> comparisons(Yaml yaml, Map<String, Node> entries) {
		List<CorpusManifest.Comparison> comparisons = new ArrayList<>();
		if (!entries.containsKey("comparisons")) {
			return comparisons;
		}
		yaml.items(entries.get("comparisons"), "comparisons", (item) -> {
			Map<String, Node> fields = yaml.entries(item, "a comparison",
					Set.of("name", "instrument", "against", "locator", "description"));
			String instrument = comparisonId(yaml, fields, "instrument", item);
			String against = comparisonId(yaml, fields, "against", item);
			if (instrument != null && against != null) {
				String name = scalar(yaml, fields, "name");
				comparisons.add(new CorpusManifest.Comparison((name != null) ? name : instrument + " against " + against,
						instrument, against, scalar(yaml, fields, "locator"), scalar(yaml, fields, "description")));
			}
		});
		return comparisons;
	}

	private @Nullable String comparisonId(Yaml yaml, Map<String, Node> fields, String key, Node item) {
		String id = scalar(yaml, fields, key);
		if (id == null) {
			problem(Yaml.line(item), "a comparison needs '" + key + "': the id of an instrument");
		}
		else if (!Ids.isValid(id)) {
			problem(Yaml.line(fields.get(key)), "comparison " + key + " '" + id + "' is not " + Ids.RULE);
			return null;
		}
		return id;
	}

	private static List<String> missingValues(Yaml yaml, Map<String, Node> entries) {
		if (!entries.containsKey("missingValues")) {
			return List.of("");
		}
		List<String> values = new ArrayList<>();
		yaml.items(entries.get("missingValues"), "missingValues", (item) -> {
			String value = yaml.scalar(item, "an item of missingValues");
			if (value != null) {
				values.add(value);
			}
		});
		return values;
	}

	private static @Nullable String scalar(Yaml yaml, Map<String, Node> entries, String key) {
		Node node = entries.get(key);
		return (node != null) ? yaml.scalar(node, key) : null;
	}

	private void problem(int line, String message) {
		this.problems.add(new ImportProblem(CorpusFiles.MANIFEST, line, null, message));
	}

}
