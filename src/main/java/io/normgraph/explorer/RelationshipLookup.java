package io.normgraph.explorer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

import io.normgraph.graph.GraphRelationship;
import io.normgraph.schema.Schema;
import io.normgraph.schema.SchemaRegistry;
import io.normgraph.system.BadParameterException;
import io.normgraph.system.NotFoundException;
import io.normgraph.system.Parameters;

/**
 * One relationship by its stable id ({@link GraphRelationship#key}:
 * {@code start|TYPE|end|source|locator}), with every property; the type must be one of the schema.
 */
@Service
class RelationshipLookup {

	private final Neo4jClient client;

	private final SchemaRegistry schemas;

	private final Map<String, String> statements = new ConcurrentHashMap<>();

	RelationshipLookup(Neo4jClient client, SchemaRegistry schemas) {
		this.client = client;
		this.schemas = schemas;
	}

	GraphRelationship byKey(@Nullable String id) {
		String[] parts = (id != null) ? id.split("\\|", 5) : new String[0];
		if (parts.length != 5) {
			throw new BadParameterException("id", "id must be start|TYPE|end|source|locator, as a relationship's id is");
		}
		String start = Parameters.id(parts[0], "id");
		String end = Parameters.id(parts[2], "id");
		String type = parts[1];
		if (!this.schemas.current().types().containsKey(type)) {
			throw new BadParameterException("id", "'" + type + "' is not a relationship type of the schema");
		}
		return this.client.query(this.statements.computeIfAbsent(type, RelationshipLookup::statement))
			.bindAll(Map.of("start", start, "end", end, "source", parts[3], "locator", parts[4]))
			.fetchAs(GraphRelationship.class)
			.mappedBy((types, record) -> GraphRelationship.of(record.get("r").asRelationship(), start, end))
			.first()
			.orElseThrow(() -> new NotFoundException("id", id));
	}

	/** {@code MATCH (:Entity {id: $start})-[r:TYPE]->(:Entity {id: $end}) WHERE … source and locator match}. */
	private static String statement(String type) {
		Node a = Cypher.node(Schema.ENTITY).withProperties("id", Cypher.parameter("start"));
		Node b = Cypher.node(Schema.ENTITY).withProperties("id", Cypher.parameter("end"));
		Relationship r = a.relationshipTo(b, type).named("r");
		return Cypher.match(r)
			.where(Cypher.coalesce(r.property("source"), Cypher.literalOf("")).isEqualTo(Cypher.parameter("source")))
			.and(Cypher.coalesce(r.property("locator"), Cypher.literalOf("")).isEqualTo(Cypher.parameter("locator")))
			.returning(r)
			.limit(1)
			.build()
			.getCypher();
	}

}
