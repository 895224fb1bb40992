package io.normgraph.corpus;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.SymbolicName;

import io.normgraph.schema.Schema;

/**
 * The importer's statements. Those that name a label or type are built with Cypher-DSL, which
 * escapes it, and the names come only from the schema; every value is a parameter. Each batch
 * statement takes its rows as {@code $rows}. Staging has its own ({@link StagingStatements}).
 */
final class CorpusStatements {

	static final String CORPUS = Schema.CORPUS_LABEL;

	static final String ASSERTS = Schema.ASSERTS;

	static final String DELETE_CORPUS = "MATCH (c:Corpus {id: $id}) DETACH DELETE c";

	/** A changed node takes its new properties; its other corpora's ASSERTS are written again. */
	static final String UPDATE_NODES = """
			UNWIND $rows AS row
			MATCH (n:Entity {id: row.id})
			SET n = row.properties
			WITH n, row
			OPTIONAL MATCH (:Corpus)-[a]->(n)
			DELETE a
			WITH DISTINCT n, row
			UNWIND row.others AS other
			MATCH (c:Corpus {id: other.corpus})
			CREATE (c)-[a:ASSERTS]->(n)
			SET a = other.properties""";

	static final String DELETE_NODES = "UNWIND $rows AS id MATCH (n:Entity {id: id}) DETACH DELETE n";

	/** Nodes no corpus will assert any more that relationships of other corpora still point at. */
	static final String STILL_USED = """
			UNWIND $ids AS id
			MATCH (n:Entity {id: id})-[r]-(m:Entity)
			WHERE r.corpus IS NOT NULL AND r.corpus <> $corpus AND NOT m.id IN $ids
			RETURN n.id AS id, type(r) AS type, r.corpus AS corpus, m.id AS other
			ORDER BY id LIMIT 100""";

	private static final SymbolicName ROW = Cypher.name("row");

	private CorpusStatements() {
	}

	/**
	 * {@code UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
	 * CREATE (a)-[r:TYPE]->(b) SET r = row.properties}: relationships with an end in the graph,
	 * created when publishing (the staging checked they are new).
	 */
	static Statement createRelationships(String type) {
		return createRelationships(Schema.ENTITY, type);
	}

	/**
	 * {@code UNWIND $rows AS row MATCH (a:Entity {id: row.from})-[r:TYPE {source: row.source,
	 * locator: row.locator, corpus: row.corpus}]->(b:Entity {id: row.to}) SET r = row.properties}
	 */
	static Statement updateRelationships(String type) {
		Relationship relationship = identified(type);
		return Cypher.unwind(Cypher.parameter("rows")).as(ROW).match(relationship)
			.set(relationship, Cypher.property(ROW, "properties"))
			.build();
	}

	/** The same match, deleting. */
	static Statement deleteRelationships(String type) {
		Relationship relationship = identified(type);
		return Cypher.unwind(Cypher.parameter("rows")).as(ROW).match(relationship).delete(relationship).build();
	}

	private static Relationship identified(String type) {
		Node from = Cypher.node(Schema.ENTITY).named("a").withProperties("id", Cypher.property(ROW, "from"));
		Node to = Cypher.node(Schema.ENTITY).named("b").withProperties("id", Cypher.property(ROW, "to"));
		return from.relationshipTo(to, type)
			.named("r")
			.withProperties("source", Cypher.property(ROW, "source"), "locator", Cypher.property(ROW, "locator"),
					Schema.CORPUS, Cypher.property(ROW, Schema.CORPUS));
	}

	private static Statement createRelationships(String label, String type) {
		Node from = Cypher.node(label).named("a").withProperties("id", Cypher.property(ROW, "from"));
		Node to = Cypher.node(label).named("b").withProperties("id", Cypher.property(ROW, "to"));
		Relationship relationship = from.relationshipTo(to, type).named("r");
		return Cypher.unwind(Cypher.parameter("rows"))
			.as(ROW)
			.match(from)
			.match(to)
			.create(relationship)
			.set(relationship, Cypher.property(ROW, "properties"))
			.build();
	}

}
