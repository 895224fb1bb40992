package io.normgraph.search;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.cypherdsl.support.schema_name.SchemaNames;
import org.springframework.boot.ApplicationArguments;
import org.springframework.beans.factory.annotation.Value;
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
 * Neo4j keeps an existing index up to date with every write, whoever makes it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class SearchIndex implements ApplicationRunner {

	static final String NAME = "entity_text";

	/**
	 * Whether a start checks the index ({@code true} unless set): the {@code reuse} command, which
	 * neither searches nor changes the schema, turns it off (one cold statement less before its work).
	 */
	public static final String CHECK_AT_START = "normgraph.search.check-index-at-start";

	private static final Log logger = LogFactory.getLog(SearchIndex.class);

	static final String PROPERTIES = """
			SHOW FULLTEXT INDEXES YIELD name, properties WHERE name = $name RETURN properties""";

	private final Neo4jClient client;

	private final SchemaRegistry schemas;

	private final boolean atStart;

	SearchIndex(Neo4jClient client, SchemaRegistry schemas,
			@Value("${" + CHECK_AT_START + ":true}") boolean atStart) {
		this.client = client;
		this.schemas = schemas;
		this.atStart = atStart;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.atStart) {
			reconcile(this.schemas.current());
		}
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
