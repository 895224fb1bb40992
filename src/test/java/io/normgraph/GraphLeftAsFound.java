package io.normgraph;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import io.normgraph.graph.GraphSnapshot;

/**
 * Keeps the end-to-end database shared by every {@link EndToEndTest} class as each found it.
 * Before a class it notes every node and relationship; after it, it deletes whatever the class
 * created and left behind, so no other class ever sees it, and fails that class, naming what it
 * left. A class that changed what was there before (which cannot be undone here) fails too.
 * Each class cleans up after itself; this makes a forgotten clean-up fail where it happened
 * instead of cascading into the counts of every class that runs after it.
 */
public final class GraphLeftAsFound implements BeforeAllCallback, AfterAllCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(GraphLeftAsFound.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		Neo4jClient client = client(context);
		ExtensionContext.Store store = context.getStore(NAMESPACE);
		store.put("nodes", ids(client, "MATCH (n) RETURN elementId(n)"));
		store.put("relationships", ids(client, "MATCH ()-[r]->() RETURN elementId(r)"));
		store.put("snapshot", GraphSnapshot.of(client));
	}

	@Override
	public void afterAll(ExtensionContext context) {
		Neo4jClient client = client(context);
		ExtensionContext.Store store = context.getStore(NAMESPACE);
		List<?> nodes = store.get("nodes", List.class);
		List<?> relationships = store.get("relationships", List.class);
		List<String> left = new ArrayList<>();
		left.addAll(client.query("""
				MATCH (a)-[r]->(b) WHERE NOT elementId(r) IN $before
				RETURN coalesce(a.id, elementId(a)) + ' -' + type(r) + '-> ' + coalesce(b.id, elementId(b))""")
			.bind(relationships)
			.to("before")
			.fetchAs(String.class)
			.all());
		left.addAll(client.query("MATCH (n) WHERE NOT elementId(n) IN $before RETURN coalesce(n.id, elementId(n))")
			.bind(nodes)
			.to("before")
			.fetchAs(String.class)
			.all());
		client.query("MATCH ()-[r]->() WHERE NOT elementId(r) IN $before DELETE r").bind(relationships).to("before").run();
		client.query("MATCH (n) WHERE NOT elementId(n) IN $before DETACH DELETE n").bind(nodes).to("before").run();
		if (!left.isEmpty()) {
			throw new AssertionError(context.getDisplayName() + " left " + left.size()
					+ " node(s) and relationship(s) in the shared database (now removed): "
					+ left.subList(0, Math.min(10, left.size())));
		}
		List<String> before = GraphSnapshot.of(client);
		List<?> snapshot = store.get("snapshot", List.class);
		if (!before.equals(snapshot)) {
			List<String> changed = before.stream().filter((line) -> !snapshot.contains(line)).limit(10).toList();
			throw new AssertionError(context.getDisplayName()
					+ " changed nodes or relationships it did not create in the shared database: " + changed);
		}
	}

	private static Neo4jClient client(ExtensionContext context) {
		return SpringExtension.getApplicationContext(context).getBean(Neo4jClient.class);
	}

	private static List<String> ids(Neo4jClient client, String cypher) {
		return List.copyOf(client.query(cypher).fetchAs(String.class).all());
	}

}
