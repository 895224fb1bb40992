package io.normgraph.search;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.cypherdsl.support.schema_name.SchemaNames;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import io.normgraph.schema.Schema;
import io.normgraph.schema.SchemaRegistry;

/**
 * The full-text index {@value #NAME} over every node's name and every text property the schema
 * declares, kept equal to the schema: at start, and whenever a corpus changes the schema, it is
 * created, or dropped and created again over the new properties (Lucene cannot add a property
 * to an index). Searches made while it fills again find less until it is online.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class SearchIndex implements ApplicationRunner {

	static final String NAME = "entity_text";

	private static final Log logger = LogFactory.getLog(SearchIndex.class);

	static final String PROPERTIES = """
			SHOW FULLTEXT INDEXES YIELD name, properties WHERE name = $name RETURN properties""";

	private final Neo4jClient client;

	private final SchemaRegistry schemas;

	SearchIndex(Neo4jClient client, SchemaRegistry schemas) {
		this.client = client;
		this.schemas = schemas;
	}

	@Override
	public void run(ApplicationArguments args) {
		reconcile(this.schemas.current());
	}

	@EventListener
	void schemaChanged(SchemaRegistry.SchemaChanged event) {
		reconcile(event.schema());
	}

	synchronized void reconcile(Schema schema) {
		Set<String> wanted = schema.searchableProperties();
		List<Set<String>> found = this.client.query(PROPERTIES).bind(NAME).to("name").fetch().all()
			.stream()
			.map((row) -> (Set<String>) new TreeSet<>(((List<?>) row.get("properties")).stream().map(String::valueOf).toList()))
			.toList();
		if (!found.isEmpty() && found.get(0).equals(wanted)) {
			return;
		}
		if (!found.isEmpty()) {
			logger.info("The schema's text properties changed: rebuilding the full-text index over " + wanted);
			this.client.query("DROP INDEX " + NAME + " IF EXISTS").run();
		}
		this.client.query(create(wanted)).run();
		this.client.query("CALL db.awaitIndex($name, 300)").bind(NAME).to("name").run();
	}

	/** {@code CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (n:Entity) ON EACH [n.a, n.b]}, names escaped. */
	public static String create(Set<String> properties) {
		StringBuilder each = new StringBuilder();
		for (String property : properties) {
			each.append(each.isEmpty() ? "" : ", ").append("n.").append(SchemaNames.sanitize(property).orElseThrow());
		}
		return "CREATE FULLTEXT INDEX " + NAME + " IF NOT EXISTS FOR (n:" + Schema.ENTITY + ") ON EACH [" + each + "]";
	}

}
