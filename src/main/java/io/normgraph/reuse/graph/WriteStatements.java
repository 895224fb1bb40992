package io.normgraph.reuse.graph;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.SymbolicName;

import io.normgraph.schema.Schema;

/**
 * The statements that keep a run's findings, built with Cypher-DSL from a {@link ReuseSchema}
 * (the reuse type and the source label only from the schema, every value a parameter). They
 * touch only relationships of the reuse type with {@code inferred: true}: never an asserted one.
 */
final class WriteStatements {

	private static final Map<Object, String> rendered = new ConcurrentHashMap<>();

	private static final SymbolicName ROW = Cypher.name("row");

	private WriteStatements() {
	}

	/**
	 * {@code UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
	 * CREATE (a)-[r:REUSES]->(b) SET r = row.properties, r.laterTextProperty = CASE …}
	 */
	static String create(ReuseSchema schema) {
		return rendered.computeIfAbsent(List.of("create", schema), (key) -> {
			Node a = Cypher.node(Schema.ENTITY).named("a").withProperties("id", Cypher.property(ROW, "from"));
			Node b = Cypher.node(Schema.ENTITY).named("b").withProperties("id", Cypher.property(ROW, "to"));
			Relationship r = a.relationshipTo(b, schema.reuse()).named("r");
			return Cypher.unwind(Cypher.parameter("rows")).as(ROW).match(a).match(b).create(r)
				.set(r, Cypher.property(ROW, "properties"))
				.set(r.property("laterTextProperty").to(ReadStatements.textProperty(a, schema)),
						r.property("earlierTextProperty").to(ReadStatements.textProperty(b, schema)))
				.build().getCypher();
		});
	}

	/** Every inferred relationship of the reuse type (a full run replaces them all). */
	static String deleteAll(ReuseSchema schema) {
		return rendered.computeIfAbsent(List.of("deleteAll", schema), (key) -> {
			Relationship r = Cypher.anyNode().relationshipTo(Cypher.anyNode(), schema.reuse()).named("r");
			return Cypher.match(r).where(r.property(ReuseRecords.INFERRED).isTrue()).delete(r).build().getCypher();
		});
	}

	/** The inferred relationships of one level ({@code $level}) with an end among {@code $ids}. */
	static String deleteTouching(ReuseSchema schema) {
		return rendered.computeIfAbsent(List.of("deleteTouching", schema), (key) -> {
			SymbolicName id = Cypher.name("id");
			Node n = Cypher.node(Schema.ENTITY).withProperties("id", id);
			Relationship r = n.relationshipBetween(Cypher.anyNode(), schema.reuse()).named("r");
			return Cypher.unwind(Cypher.parameter("ids")).as(id).match(r)
				.where(r.property(ReuseRecords.INFERRED).isTrue()
					.and(r.property(ReuseRecords.LEVEL).isEqualTo(Cypher.parameter("level"))))
				.withDistinct(r).delete(r).build().getCypher();
		});
	}

	/** The stored provision-level findings with an instrument among {@code $instruments}: rows of later, earlier, properties. */
	static String findingsOf(ReuseSchema schema) {
		return rendered.computeIfAbsent(List.of("findingsOf", schema), (key) -> {
			Node a = Cypher.node(Schema.ENTITY).named("a");
			Node b = Cypher.node(Schema.ENTITY).named("b");
			Relationship r = a.relationshipTo(b, schema.reuse()).named("r");
			return Cypher.match(r)
				.where(r.property(ReuseRecords.INFERRED).isTrue()
					.and(r.property(ReuseRecords.LEVEL).isEqualTo(Cypher.literalOf(ReuseRecords.PROVISION)))
					.and(r.property("laterInstrument").in(Cypher.parameter("instruments"))
						.or(r.property("earlierInstrument").in(Cypher.parameter("instruments")))))
				.returning(a.property("id").as("later"), b.property("id").as("earlier"),
						Cypher.properties(r).as("properties"))
				.build().getCypher();
		});
	}

	/** {@code CREATE (s:Entity:Source) SET s = $properties} */
	static String createSource(ReuseSchema schema) {
		return rendered.computeIfAbsent(List.of("createSource", schema), (key) -> {
			Node s = Cypher.node(Schema.ENTITY, schema.source()).named("s");
			return Cypher.create(s).set(s, Cypher.parameter("properties")).build().getCypher();
		});
	}

	/**
	 * The Source nodes of earlier runs that nothing comes from any more (a derivation accepted
	 * from a run's finding keeps its Source).
	 */
	static String deleteUnusedSources(ReuseSchema schema) {
		return rendered.computeIfAbsent(List.of("deleteUnusedSources", schema), (key) -> {
			Node s = Cypher.node(Schema.ENTITY, schema.source()).named("s");
			Relationship r = Cypher.anyNode().relationshipTo(Cypher.anyNode()).named("r");
			return Cypher.match(s)
				.where(s.property("reuseRun").isTrue()
					.and(s.property("id").isNotEqualTo(Cypher.parameter("run")))
					.and(Cypher.exists(Cypher.match(r).where(r.property("source").isEqualTo(s.property("id"))).returning(r).build(), s).not()))
				.detachDelete(s).build().getCypher();
		});
	}

}
