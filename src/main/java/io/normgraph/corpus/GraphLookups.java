package io.normgraph.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;

import io.normgraph.corpus.CorpusRows.NodeRow;
import io.normgraph.corpus.CorpusRows.RelationshipRow;
import io.normgraph.corpus.NodeState.CoAssertion;
import io.normgraph.graph.GraphRelationship;

/**
 * What the graph already holds that an import touches, looked up a batch at a time: the state
 * of nodes (their properties and the other corpora's ASSERTS), the relationships with given
 * identities, and what a corpus asserted before (streamed by {@link RemovedStager}).
 */
final class GraphLookups {

	/** A relationship in the graph: who asserted it and its properties. */
	record Existing(String type, String from, String to, String corpus, Map<String, Object> properties) {
	}

	private GraphLookups() {
	}
	private static final String NODES = """
			MATCH (n:Entity) WHERE n.id IN $ids
			OPTIONAL MATCH (c:Corpus)-[a]->(n)
			WITH n, c, a ORDER BY a.order, c.id
			RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, properties(n) AS properties,
			       collect(CASE WHEN a IS NULL THEN null ELSE {corpus: c.id, assertion: properties(a)} END) AS others""";

	static final String RELATIONSHIPS = """
			UNWIND $rows AS row
			MATCH (a:Entity {id: row.from})-[r]->(b:Entity {id: row.to})
			WHERE type(r) = row.type AND r.source = row.source AND r.locator = row.locator
			RETURN type(r) AS type, a.id AS from, b.id AS to, r.corpus AS corpus, properties(r) AS properties""";

	static final String PREVIOUS_NODES = """
			MATCH (n:Entity {corpus: $corpus}) RETURN n.id AS id
			UNION
			MATCH (:Corpus {id: $corpus})-->(n:Entity) RETURN n.id AS id""";

	static final String PREVIOUS_RELATIONSHIPS = """
			MATCH (a:Entity)-[r]->(b:Entity) WHERE r.corpus = $corpus
			RETURN type(r) AS type, a.id AS from, b.id AS to, r.corpus AS corpus, properties(r) AS properties""";

	static Map<String, NodeState> states(Neo4jClient client, Set<String> ids) {
		Map<String, NodeState> nodes = new HashMap<>();
		if (ids.isEmpty()) {
			return nodes;
		}
		client.query(NODES).bind(List.copyOf(ids)).to("ids").fetchAs(NodeState.class)
			.mappedBy((types, record) -> state(record.get("id").asString(), record.get("label").asString(),
					record.get("properties"), record.get("others")))
			.all()
			.forEach((state) -> nodes.put(state.id(), state));
		return nodes;
	}

	static Map<String, Existing> existing(Neo4jClient client, String cypher, Map<String, Object> parameters) {
		Map<String, Existing> existing = new LinkedHashMap<>();
		client.query(cypher).bindAll(parameters).fetchAs(Existing.class)
			.mappedBy((types, record) -> new Existing(record.get("type").asString(), record.get("from").asString(),
					record.get("to").asString(), record.get("corpus").asString(null), record.get("properties").asMap()))
			.all()
			.forEach((relationship) -> existing.put(GraphRelationship.key(relationship.type(), relationship.from(),
					relationship.to(), relationship.properties().get("source"), relationship.properties().get("locator")),
					relationship));
		return existing;
	}

	static Map<String, Object> identity(RelationshipRow row) {
		Map<String, Object> identity = new HashMap<>();
		identity.put("type", row.type());
		identity.put("from", row.from());
		identity.put("to", row.to());
		identity.put("source", row.properties().get("source"));
		identity.put("locator", row.properties().get("locator"));
		return identity;
	}

	private static NodeState state(String id, String label, Value properties, Value others) {
		Map<String, Object> all = properties.asMap();
		List<CoAssertion> assertions = new ArrayList<>();
		for (Value other : others.values()) {
			Map<String, Object> assertion = other.get("assertion").asMap();
			Map<String, Object> provenance = new HashMap<>(assertion);
			provenance.keySet().retainAll(NodeState.PROVENANCE);
			assertions.add(new CoAssertion(other.get("corpus").asString(), provenance, strings(assertion.get("keys")),
					strings(assertion.get("added"))));
		}
		return new NodeState(id, label, all, String.valueOf(all.get(io.normgraph.schema.Schema.CORPUS)), assertions);
	}

	private static Set<String> strings(Object list) {
		Set<String> strings = new HashSet<>();
		if (list instanceof Collection<?> items) {
			items.forEach((item) -> strings.add(String.valueOf(item)));
		}
		return strings;
	}

}
