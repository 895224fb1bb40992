package io.normgraph.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
		properties.put("queries", JSON.writeValueAsString(queries(files)));
		return properties;
	}

	/** Most bytes a corpus's example query may have. */
	static final int MAX_QUERY_BYTES = 64 * 1024;

	/** The corpus's example queries, in file order; any longer than {@link #MAX_QUERY_BYTES} is cut there. */
	static List<CorpusQuery> queries(CorpusFiles files) {
		List<CorpusQuery> queries = new ArrayList<>();
		for (CorpusFiles.CorpusFile file : files.queries()) {
			if (!file.path().endsWith(".cypher")) {
				continue;
			}
			try (InputStream in = file.open()) {
				String text = new String(in.readNBytes(MAX_QUERY_BYTES), StandardCharsets.UTF_8);
				queries.add(new CorpusQuery(file.path().substring(CorpusFiles.QUERIES.length()), text.strip()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return queries;
	}

	static List<CorpusQuery> queries(String json) {
		return List.of(JSON.readValue(json, CorpusQuery[].class));
	}

	@SuppressWarnings("unchecked")
	static Map<String, Map<String, Integer>> counts(String json) {
		return JSON.readValue(json, Map.class);
	}

}
