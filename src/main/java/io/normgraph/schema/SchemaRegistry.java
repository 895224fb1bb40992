package io.normgraph.schema;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The schema in force: the built-in one extended, in import order, by the declaration of each
 * corpus in the graph (kept on its {@code Corpus} node as the corpus.yml it came with). Read at
 * start and again whenever a corpus is imported or removed; {@link SchemaChanged} tells the
 * features that derive something from it (the search index).
 */
@Component
public class SchemaRegistry {

	private static final Log logger = LogFactory.getLog(SchemaRegistry.class);

	static final String DECLARATIONS = """
			MATCH (c:Corpus) RETURN c.id AS id, coalesce(c.manifest, '') AS manifest
			ORDER BY c.firstImportedAt, c.id""";

	private final Neo4jClient client;

	private final ApplicationEventPublisher events;

	private volatile Map<String, SchemaDeclaration> declarations = Map.of();

	private volatile Schema current = BuiltInSchema.get();

	private volatile boolean loaded;

	SchemaRegistry(Neo4jClient client, ApplicationEventPublisher events) {
		this.client = client;
		this.events = events;
	}

	/** The schema in force now. */
	public Schema current() {
		if (!this.loaded) {
			reload();
		}
		return this.current;
	}

	/** The schema without one corpus's declaration: what a new version of it, or its removal, starts from. */
	public Schema without(String corpus) {
		current();
		Map<String, SchemaDeclaration> others = new LinkedHashMap<>(this.declarations);
		others.remove(corpus);
		return build(others, new ArrayList<>());
	}

	/** Reads every corpus's declaration again and says so when the schema changed. */
	public synchronized void reload() {
		Map<String, SchemaDeclaration> read = new LinkedHashMap<>();
		this.client.query(DECLARATIONS).fetch().all()
			.forEach((row) -> read.put((String) row.get("id"), declaration((String) row.get("id"), (String) row.get("manifest"))));
		List<String> skipped = new ArrayList<>();
		Schema schema = build(read, skipped);
		skipped.forEach((corpus) -> logger.error("The schema declared by corpus '" + corpus
				+ "' no longer fits the others and is ignored; re-import or remove that corpus"));
		Schema before = this.current;
		this.declarations = Map.copyOf(read);
		this.current = schema;
		this.loaded = true;
		if (before != schema) {
			this.events.publishEvent(new SchemaChanged(schema));
		}
	}

	private static Schema build(Map<String, SchemaDeclaration> declarations, List<String> skipped) {
		Schema schema = BuiltInSchema.get();
		for (Map.Entry<String, SchemaDeclaration> entry : declarations.entrySet()) {
			if (entry.getValue().isEmpty()) {
				continue;
			}
			Schema.Extension extension = schema.extend(entry.getValue(), entry.getKey());
			if (extension.valid()) {
				schema = extension.schema();
			}
			else {
				skipped.add(entry.getKey());
			}
		}
		return schema;
	}

	private static SchemaDeclaration declaration(String corpus, String manifest) {
		List<SchemaProblem> problems = new ArrayList<>();
		Yaml yaml = new Yaml(problems);
		MappingNode root = manifest.isBlank() ? null : yaml.root(new StringReader(manifest));
		if (root == null) {
			return SchemaDeclaration.EMPTY;
		}
		Map<String, Node> entries = new LinkedHashMap<>(yaml.entries(root, "corpus.yml", null));
		entries.keySet().retainAll(SchemaReader.KEYS);
		SchemaDeclaration declaration = new SchemaReader(yaml).read(entries, false);
		if (!problems.isEmpty()) {
			logger.error("The corpus.yml kept for corpus '" + corpus + "' has problems: " + problems);
		}
		return declaration;
	}

	/** The schema changed: a corpus that declares labels, types or properties came or went. */
	public record SchemaChanged(Schema schema) {
	}

}
