package io.normgraph.corpus;

import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.json.JsonMapper;

/**
 * The properties of a corpus's {@code Corpus} node: its corpus.yml as written (its schema is
 * read back from it), the name and description from it for Browser users, what it was imported
 * from (when is set by the database as it publishes), and how many nodes and relationships of each label and type it asserts.
 */
final class CorpusRecord {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CorpusRecord() {
	}

	static Map<String, Object> of(CorpusManifest manifest, CorpusFiles files, Map<String, Map<String, Integer>> counts) {
		Map<String, Object> properties = new TreeMap<>();
		properties.put("manifest", manifest.text());
		properties.put("name", (manifest.name() != null) ? manifest.name() : manifest.id());
		if (manifest.description() != null) {
			properties.put("description", manifest.description());
		}
		if (manifest.version() != null) {
			properties.put("version", manifest.version());
		}
		properties.put("importedFrom", files.description());
		properties.put("counts", JSON.writeValueAsString(new TreeMap<>(counts)));
		return properties;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Map<String, Integer>> counts(String json) {
		return JSON.readValue(json, Map.class);
	}

}
