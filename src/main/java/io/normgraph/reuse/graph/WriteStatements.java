package io.normgraph.reuse.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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

	/**
	 * At most {@code $limit} inferred relationships of the reuse type that another run than
	 * {@code $run} wrote (a full run replaces them all): rows of {@code deleted} and the
	 * {@code sources} they named.
	 */
	static String deleteEarlier(ReuseSchema schema) {
		return rendered.computeIfAbsent(List.of("deleteEarlier", schema), (key) -> {
			Relationship r = Cypher.anyNode().relationshipTo(Cypher.anyNode(), schema.reuse()).named("r");
			return deleted(Cypher.match(r)
				.where(r.property(ReuseRecords.INFERRED).isTrue()
					.and(r.property("source").isNotEqualTo(Cypher.parameter("run"))))
				.with(r).limit(Cypher.parameter("limit")), r);
		});
	}

	/**
	 * The inferred relationships of one level ({@code $level}) with an end among {@code $ids}
	 * that another run than {@code $run} wrote: rows of {@code deleted} and {@code sources}.
	 */
	static String deleteEarlierTouching(ReuseSchema schema) {
		return rendered.computeIfAbsent(List.of("deleteEarlierTouching", schema), (key) -> {
			SymbolicName id = Cypher.name("id");
			Node n = Cypher.node(Schema.ENTITY).withProperties("id", id);
			Relationship r = n.relationshipBetween(Cypher.anyNode(), schema.reuse()).named("r");
			return deleted(Cypher.unwind(Cypher.parameter("ids")).as(id).match(r)
				.where(r.property(ReuseRecords.INFERRED).isTrue()
					.and(r.property(ReuseRecords.LEVEL).isEqualTo(Cypher.parameter("level")))
					.and(r.property("source").isNotEqualTo(Cypher.parameter("run"))))
				.withDistinct(r), r);
		});
	}

	/** At most {@code $limit} of the relationships run {@code $run} wrote (a run that did not end is undone): rows of {@code deleted}. */
	static String deleteRun(ReuseSchema schema) {
		return rendered.computeIfAbsent(List.of("deleteRun", schema), (key) -> {
			Relationship r = Cypher.anyNode().relationshipTo(Cypher.anyNode(), schema.reuse()).named("r");
			return deleted(Cypher.match(r)
				.where(r.property("source").isEqualTo(Cypher.parameter("run")))
				.with(r).limit(Cypher.parameter("limit")), r);
		});
	}

	private static String deleted(org.neo4j.cypherdsl.core.StatementBuilder.OngoingReadingAndWith rows,
			Relationship r) {
		SymbolicName source = Cypher.name("source");
		return rows.with(r, r.property("source").as(source)).delete(r)
			.returning(Cypher.count(Cypher.asterisk()).as("deleted"), Cypher.collectDistinct(source).as("sources"))
			.build().getCypher();
	}

	/**
	 * The stored provision-level findings with an instrument among {@code $instruments}: rows of
	 * later, earlier, properties. Found from the instruments, through the units they contain (as
	 * many containment levels as a unit's instrument is looked for), so the cost follows those
	 * instruments' findings, not the graph's.
	 */
	static String findingsOf(ReuseSchema schema) {
		return rendered.computeIfAbsent(List.of("findingsOf", schema), (key) -> {
			SymbolicName id = Cypher.name("id");
			Node i = Cypher.node(Schema.ENTITY).named("i").withProperties("id", id);
			Node p = Cypher.node(Schema.ENTITY).named("p");
			Relationship r = p.relationshipBetween(Cypher.anyNode(), schema.reuse()).named("r");
			return Cypher.unwind(Cypher.parameter("instruments")).as(id)
				.match(p.relationshipTo(i, schema.containment().stream().sorted().toArray(String[]::new))
					.length(0, ReuseSchema.CONTAINMENT_LEVELS))
				.match(r)
				.where(r.property(ReuseRecords.INFERRED).isTrue()
					.and(r.property(ReuseRecords.LEVEL).isEqualTo(Cypher.literalOf(ReuseRecords.PROVISION)))
					.and(r.property("laterInstrument").in(Cypher.parameter("instruments"))
						.or(r.property("earlierInstrument").in(Cypher.parameter("instruments")))))
				.withDistinct(r)
				.returning(Cypher.property(Cypher.startNode(r), "id").as("later"),
						Cypher.property(Cypher.endNode(r), "id").as("earlier"), Cypher.properties(r).as("properties"))
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
	 * Those of the Source nodes {@code $sources} that describe a run other than {@code $run} and
	 * that no inferred reuse and no derivation accepted from one names any more. Only the
	 * candidates are looked at, and only relationships of the reuse and derivation types.
	 */
	static String deleteUnusedSources(ReuseSchema schema) {
		return rendered.computeIfAbsent(List.of("deleteUnusedSources", schema), (key) -> {
			SymbolicName id = Cypher.name("id");
			Node s = Cypher.node(Schema.ENTITY, schema.source()).named("s").withProperties("id", id);
			List<String> types = new ArrayList<>(new TreeSet<>(schema.derivations()));
			types.add(0, schema.reuse());
			Relationship r = Cypher.anyNode().relationshipTo(Cypher.anyNode(), types.toArray(String[]::new)).named("r");
			return Cypher.unwind(Cypher.parameter("sources")).as(id).match(s)
				.where(s.property("reuseRun").isTrue()
					.and(id.isNotEqualTo(Cypher.parameter("run")))
					.and(Cypher.exists(Cypher.match(r).where(r.property("source").isEqualTo(id)).returning(r).build(), id).not()))
				.detachDelete(s).build().getCypher();
		});
	}

	/** {@code MATCH (s:Entity:Source {id: $run}) DETACH DELETE s}: an undone run's Source node. */
	static String deleteSource(ReuseSchema schema) {
		return rendered.computeIfAbsent(List.of("deleteSource", schema), (key) -> {
			Node s = Cypher.node(Schema.ENTITY, schema.source()).named("s").withProperties("id", Cypher.parameter("run"));
			return Cypher.match(s).detachDelete(s).build().getCypher();
		});
	}

	/** The ids of every run's Source node. */
	static String runSources(ReuseSchema schema) {
		return rendered.computeIfAbsent(List.of("runSources", schema), (key) -> {
			Node s = Cypher.node(Schema.ENTITY, schema.source()).named("s");
			return Cypher.match(s).where(s.property("reuseRun").isTrue()).returning(s.property("id")).build().getCypher();
		});
	}

}
