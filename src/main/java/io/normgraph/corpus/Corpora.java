package io.normgraph.corpus;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

import io.normgraph.corpus.CorpusFiles.CorpusFile;
import io.normgraph.schema.Schema;
import io.normgraph.system.NotFoundException;
import io.normgraph.system.Parameters;

/**
 * The corpora in the graph: who they are, what they hold and what they declare.
 */
@Service
public class Corpora {

	static final String ALL = "MATCH (c:Corpus) RETURN c ORDER BY c.firstImportedAt, c.id";

	static final String ONE = "MATCH (c:Corpus {id: $id}) RETURN c";

	static final String UNCHANGED = """
			OPTIONAL MATCH (c:Corpus {id: $id})
			RETURN c IS NOT NULL AND c.manifest = $manifest AND c.counts = $counts AS unchanged""";

	static final String QUERIES = "MATCH (c:Corpus) RETURN c.id AS id, c.queries AS queries ORDER BY c.firstImportedAt, c.id";

	static final String EXISTS = "RETURN EXISTS { MATCH (:Corpus {id: $id}) } AS found";

	/** Counts of a corpus kept from before counts were recorded (earlier imports): counted now. */
	static final String COUNT_NODES = """
			MATCH (n:Entity {corpus: $id}) RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS name, count(*) AS count""";

	static final String COUNT_RELATIONSHIPS = """
			MATCH (:Entity)-[r]->(:Entity) WHERE r.corpus = $id RETURN type(r) AS name, count(*) AS count""";

	private final Neo4jClient client;

	Corpora(Neo4jClient client) {
		this.client = client;
	}

	public List<Corpus> all() {
		return List.copyOf(this.client.query(ALL).fetchAs(Corpus.class).mappedBy((types, record) -> corpus(record.get("c"))).all());
	}

	public Corpus find(String id) {
		Parameters.id(id, "id");
		return this.client.query(ONE).bind(id).to("id").fetchAs(Corpus.class)
			.mappedBy((types, record) -> corpus(record.get("c")))
			.one()
			.orElseThrow(() -> new NotFoundException("id", "corpus", id));
	}

	/** Whether the corpus's node already says what this record says (its manifest and counts). */
	static boolean unchanged(Neo4jClient client, String id, Map<String, Object> record) {
		return client.query(UNCHANGED)
			.bindAll(Map.of("id", id, "manifest", record.get("manifest"), "counts", record.get("counts")))
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	/** Each corpus's example queries, by corpus id, in the order the corpora were first imported. */
	public Map<String, List<CorpusQuery>> queries() {
		Map<String, List<CorpusQuery>> queries = new LinkedHashMap<>();
		this.client.query(QUERIES).fetch().all().forEach((row) -> queries.put((String) row.get("id"),
				(row.get("queries") != null) ? CorpusRecord.queries((String) row.get("queries")) : List.of()));
		return queries;
	}

	static boolean exists(Neo4jClient client, String id) {
		return client.query(EXISTS).bind(id).to("id").fetchAs(Boolean.class).one().orElse(false);
	}

	/**
	 * What stops a corpus from going: labels and types other corpora use that only its
	 * declaration gives.
	 * @param remaining the schema without the corpus's declaration
	 */
	static List<String> inUse(Neo4jClient client, String id, Schema remaining) {
		List<String> problems = new ArrayList<>();
		for (Corpus other : new Corpora(client).all()) {
			if (other.id().equals(id)) {
				continue;
			}
			other.nodes().keySet().stream().filter((label) -> !remaining.labels().containsKey(label))
				.forEach((label) -> problems.add("corpus '" + other.id() + "' has nodes of label '" + label
						+ "', which only corpus '" + id + "' declares; remove that corpus first or declare the label in it"));
			other.relationships().keySet().stream().filter((type) -> !remaining.types().containsKey(type))
				.forEach((type) -> problems.add("corpus '" + other.id() + "' has relationships of type '" + type
						+ "', which only corpus '" + id + "' declares; remove that corpus first or declare the type in it"));
		}
		return problems;
	}

	private Corpus corpus(Value node) {
		String id = node.get("id").asString();
		String manifestText = node.get("manifest").asString("");
		CorpusManifest manifest = manifest(id, manifestText);
		Map<String, Map<String, Integer>> counts = node.get("counts").isNull()
				? Map.of("nodes", count(COUNT_NODES, id), "relationships", count(COUNT_RELATIONSHIPS, id))
				: CorpusRecord.counts(node.get("counts").asString());
		return new Corpus(id, node.get("name").asString(id), text(node.get("description")), text(node.get("version")),
				manifest.licenses(), counts.getOrDefault("nodes", Map.of()), counts.getOrDefault("relationships", Map.of()),
				manifest.schema(), manifest.comparisons(), time(node.get("importedAt")), text(node.get("importedFrom")), time(node.get("firstImportedAt")));
	}

	/** The corpus.yml kept on the node, read again (it was valid when it was imported). */
	private static CorpusManifest manifest(String id, String text) {
		if (text.isBlank()) {
			return CorpusManifest.named(id);
		}
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		CorpusFiles files = new CorpusFiles("corpus " + id, id,
				List.of(new CorpusFile(CorpusFiles.MANIFEST, () -> new ByteArrayInputStream(bytes))));
		CorpusManifest manifest = new ManifestReader(new ArrayList<>()).read(files, id);
		return (manifest != null) ? manifest : CorpusManifest.named(id);
	}

	private Map<String, Integer> count(String cypher, String id) {
		Map<String, Integer> counts = new TreeMap<>();
		this.client.query(cypher).bind(id).to("id").fetch().all()
			.forEach((row) -> counts.put((String) row.get("name"), ((Number) row.get("count")).intValue()));
		return counts;
	}

	private static @Nullable String text(Value value) {
		return value.isNull() ? null : value.asString();
	}

	private static @Nullable ZonedDateTime time(Value value) {
		return value.isNull() ? null : value.asZonedDateTime();
	}

}
