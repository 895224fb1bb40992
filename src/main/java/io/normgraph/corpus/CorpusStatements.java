package io.normgraph.corpus;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.SymbolicName;

import io.normgraph.graph.GraphNode;

/**
 * The importer's statements, built with Cypher-DSL: labels and types come from the corpus
 * schema's allow-list, every value is a parameter. Each statement takes a batch of rows as
 * {@code $rows}.
 */
final class CorpusStatements {

	/**
	 * The label of nodes written by an import that has not been published yet. They carry no
	 * other label, so no reader's {@code (:Entity)} or {@code (:Provision)} pattern, index or
	 * constraint sees them, and nothing published points at them.
	 */
	static final String STAGED = "__Staged";

	private static final SymbolicName ROW = Cypher.name("row");

	private CorpusStatements() {
	}

	/** {@code UNWIND $rows AS row CREATE (n:__Staged) SET n = row} */
	static Statement stageNodes() {
		Node node = Cypher.node(STAGED).named("n");
		return Cypher.unwind(Cypher.parameter("rows")).as(ROW).create(node).set(node, ROW).build();
	}

	/**
	 * {@code UNWIND $rows AS row MATCH (a:__Staged {id: row.from}) MATCH (b:__Staged {id: row.to})
	 * CREATE (a)-[r:TYPE]->(b) SET r = row.properties}: CREATE, as the validator has refused
	 * duplicates and both ends are new.
	 */
	static Statement stageRelationships(String type) {
		Node from = Cypher.node(STAGED).named("a").withProperties("id", Cypher.property(ROW, "from"));
		Node to = Cypher.node(STAGED).named("b").withProperties("id", Cypher.property(ROW, "to"));
		Relationship relationship = from.relationshipTo(to, type).named("r");
		return Cypher.unwind(Cypher.parameter("rows"))
			.as(ROW)
			.match(from)
			.match(to)
			.create(relationship)
			.set(relationship, Cypher.property(ROW, "properties"))
			.build();
	}

	/** {@code UNWIND $rows AS id MATCH (n:__Staged {id: id}) REMOVE n:__Staged SET n:Entity:Label} */
	static Statement publishNodes(String label) {
		SymbolicName id = Cypher.name("id");
		Node node = Cypher.node(STAGED).named("n").withProperties("id", id);
		return Cypher.unwind(Cypher.parameter("rows"))
			.as(id)
			.match(node)
			.remove(node, STAGED)
			.set(node, GraphNode.ENTITY, label)
			.build();
	}

	/** {@code MATCH (n:__Staged) WITH n LIMIT $limit DETACH DELETE n}: one bounded step of a clean-up. */
	static Statement removeStaged() {
		Node node = Cypher.node(STAGED).named("n");
		return Cypher.match(node).with(node).limit(Cypher.parameter("limit")).detachDelete(node).build();
	}

	/** {@code UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n = row SET n:Label} */
	static Statement mergeNodes(String label) {
		Node node = Cypher.node(GraphNode.ENTITY).named("n").withProperties("id", Cypher.property(ROW, "id"));
		return Cypher.unwind(Cypher.parameter("rows")).as(ROW).merge(node).set(node, ROW).set(node, label).build();
	}

	/**
	 * {@code UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
	 * MERGE (a)-[r:TYPE {source: row.source, locator: row.locator}]->(b) SET r = row.properties}
	 */
	static Statement mergeRelationships(String type) {
		Node from = Cypher.node(GraphNode.ENTITY).named("a").withProperties("id", Cypher.property(ROW, "from"));
		Node to = Cypher.node(GraphNode.ENTITY).named("b").withProperties("id", Cypher.property(ROW, "to"));
		Relationship relationship = from.relationshipTo(to, type)
			.named("r")
			.withProperties("source", Cypher.property(ROW, "source"), "locator", Cypher.property(ROW, "locator"));
		return Cypher.unwind(Cypher.parameter("rows"))
			.as(ROW)
			.match(from)
			.match(to)
			.merge(relationship)
			.set(relationship, Cypher.property(ROW, "properties"))
			.build();
	}

}
