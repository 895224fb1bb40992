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
 * The statements that keep the instrument-level roll-up true when provisions are deleted (a
 * corpus removed, or a new version without them), built with Cypher-DSL from a
 * {@link ReuseSchema}. They touch only inferred relationships of the reuse type.
 */
final class RemovalStatements {

	private static final Map<Object, String> rendered = new ConcurrentHashMap<>();

	private RemovalStatements() {
	}

	/** The instrument pairs of the provision-level findings with an end among {@code $ids}: rows of later, earlier. */
	static String instrumentPairs(ReuseSchema schema) {
		return rendered.computeIfAbsent(List.of("instrumentPairs", schema), (key) -> {
			SymbolicName id = Cypher.name("id");
			Node n = Cypher.node(Schema.ENTITY).withProperties("id", id);
			Relationship f = n.relationshipBetween(Cypher.anyNode(), schema.reuse()).named("f");
			return Cypher.unwind(Cypher.parameter("ids")).as(id).match(f)
				.where(f.property(ReuseRecords.INFERRED).isTrue()
					.and(f.property(ReuseRecords.LEVEL).isEqualTo(Cypher.literalOf(ReuseRecords.PROVISION))))
				.returningDistinct(f.property("laterInstrument").as("later"), f.property("earlierInstrument").as("earlier"))
				.build().getCypher();
		});
	}

	/** The roll-up relationships between the instruments of each of {@code $pairs} ({@code {later, earlier}}), either way. */
	static String deleteRollups(ReuseSchema schema) {
		return rendered.computeIfAbsent(List.of("deleteRollups", schema), (key) -> {
			SymbolicName pair = Cypher.name("pair");
			Node a = Cypher.node(Schema.ENTITY).withProperties("id", Cypher.property(pair, "later"));
			Node b = Cypher.node(Schema.ENTITY).withProperties("id", Cypher.property(pair, "earlier"));
			Relationship r = a.relationshipBetween(b, schema.reuse()).named("r");
			return Cypher.unwind(Cypher.parameter("pairs")).as(pair).match(r)
				.where(r.property(ReuseRecords.INFERRED).isTrue()
					.and(r.property(ReuseRecords.LEVEL).isEqualTo(Cypher.literalOf(ReuseRecords.INSTRUMENT))))
				.withDistinct(r).delete(r).build().getCypher();
		});
	}

	/** Which of {@code $ids} the graph still has: rows of id. */
	static String present() {
		return rendered.computeIfAbsent("present", (key) -> {
			SymbolicName id = Cypher.name("id");
			Node n = Cypher.node(Schema.ENTITY).named("n").withProperties("id", id);
			return Cypher.unwind(Cypher.parameter("ids")).as(id).match(n).returning(id).build().getCypher();
		});
	}

}
