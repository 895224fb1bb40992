package io.normgraph.node;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Statement;

import io.normgraph.schema.Schema;
import io.normgraph.time.AsOf;

/**
 * The statements of this feature. The list statement is built with Cypher-DSL because its
 * label is chosen at run time (one of the schema's); everything else is a parameter.
 */
final class NodeQueries {

	/**
	 * The node, whether it holds as of {@code $asOf} ({@link AsOf}), and the provenance of every
	 * corpus that asserts it: its owner's is on the node, each other corpus's on its ASSERTS
	 * relationship.
	 */
	static final String BY_ID = """
			MATCH (n:Entity {id: $id})
			OPTIONAL MATCH (c:Corpus)-[a]->(n)
			WITH n, c, a ORDER BY a.order
			RETURN n, %s AS holds, [{corpus: n.corpus, source: n.source, locator: n.locator, quote: n.quote}]
			       + collect(CASE WHEN a IS NULL THEN null
			                 ELSE {corpus: c.id, source: a.source, locator: a.locator, quote: a.quote} END) AS provenance"""
		.formatted(AsOf.holds("n"));

	/**
	 * The node, its first {@code $limit} neighbours by id with every relationship between it and
	 * them, and how many neighbours and relationships it has in all: the cut happens in the
	 * database, so a node with a million neighbours costs a count, not a million rows.
	 */
	static final String NEIGHBOURHOOD = """
			MATCH (n:Entity {id: $id})
			CALL (n) {
			  OPTIONAL MATCH (n)-[r]-(m:Entity) WHERE %1$s AND %2$s
			  RETURN count(DISTINCT m) AS neighbours, count(r) AS relationships
			}
			CALL (n) {
			  OPTIONAL MATCH (n)-[r]-(m:Entity) WHERE %1$s AND %2$s
			  WITH DISTINCT m ORDER BY m.id LIMIT $limit
			  OPTIONAL MATCH (n)-[r]-(m) WHERE %1$s
			  RETURN collect({r: r, start: startNode(r).id, end: endNode(r).id, m: m}) AS links, count(DISTINCT m) AS kept
			}
			RETURN n, %3$s AS holds, links, neighbours - kept AS omittedNodes,
			       relationships - size([l IN links WHERE l.r IS NOT NULL]) AS omittedRelationships"""
		.formatted(AsOf.holds("r"), AsOf.holds("m"), AsOf.holds("n"));

	static final String SOURCES = "MATCH (s:Source) WHERE s.id IN $ids RETURN s";

	private NodeQueries() {
	}

	/**
	 * {@code MATCH (n:Label) WHERE ($name IS NULL OR toLower(n.name) CONTAINS toLower($name))
	 * AND ($corpus IS NULL OR $corpus IN n.corpora)}, ordered by id, returning the total and one
	 * page in one round trip.
	 */
	static Statement list(String label) {
		Node n = Cypher.node(label).named("n");
		var name = Cypher.parameter("name");
		var corpus = Cypher.parameter("corpus");
		var found = Cypher.name("found");
		var skip = Cypher.parameter("skip");
		var end = Cypher.parameter("end");
		return Cypher.match(n)
			.where(name.isNull().or(Cypher.toLower(n.property("name")).contains(Cypher.toLower(name))))
			.and(corpus.isNull().or(corpus.in(n.property(Schema.CORPORA))))
			.with(n)
			.orderBy(n.property("id").ascending())
			.with(Cypher.collect(n).as(found))
			.returning(Cypher.size(found).as("total"), Cypher.subList(found, skip, end).as("items"))
			.build();
	}

}
