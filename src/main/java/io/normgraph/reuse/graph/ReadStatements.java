package io.normgraph.reuse.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.neo4j.cypherdsl.core.Case;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.NamedPath;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.StatementBuilder;
import org.neo4j.cypherdsl.core.SymbolicName;

import io.normgraph.schema.Schema;

/**
 * The statements that read provisions for detection, built with Cypher-DSL from a
 * {@link ReuseSchema} (labels, types and property names only from the schema, every value a
 * parameter) and rendered once per schema and shape. Each returns rows of {@code id}, {@code text}
 * (null for a unit without text) and {@code instrument} (the nearest instrument it is contained
 * in, null for none).
 */
final class ReadStatements {

	/** Which provisions a page holds. */
	enum Scope {

		/** Every provision. */
		ALL,

		/** The provisions a corpus asserts ({@code $corpus IN p.corpora}). */
		CORPUS,

		/** The provisions it does not. */
		OUTSIDE_CORPUS

	}

	private static final Map<Object, String> rendered = new ConcurrentHashMap<>();

	private ReadStatements() {
	}

	/**
	 * One page of provisions in id order after {@code $after}, at most {@code $size}: the way to
	 * read millions without holding them (each page is an index range seek). Not for
	 * {@link Scope#CORPUS}: paging through the ids for a corpus's would look through the graph.
	 */
	static String page(ReuseSchema schema, Scope scope) {
		return rendered.computeIfAbsent(List.of("page", schema, scope), (key) -> {
			Node p = provision();
			Condition where = p.property("id").gt(Cypher.parameter("after")).and(isUnit(p, schema));
			if (scope == Scope.CORPUS) {
				throw new IllegalArgumentException("a corpus's provisions are read by their ids (corpusUnits)");
			}
			if (scope == Scope.OUTSIDE_CORPUS) {
				where = where.and(Cypher.parameter("corpus")
					.in(Cypher.coalesce(p.property(Schema.CORPORA), Cypher.listOf()))
					.not());
			}
			StatementBuilder.OngoingReadingAndWith paged = Cypher.match(p)
				.where(where)
				.with(p)
				.orderBy(p.property("id").ascending())
				.limit(Cypher.parameter("size"));
			return withInstrument(paged, p, schema);
		});
	}

	/**
	 * The ids of a corpus's provisions ({@code $corpus IN p.corpora}), found from the corpus rather
	 * than by looking through the graph: those it owns ({@code p.corpus}, an index seek) or, with
	 * {@code asserted}, those it asserts beside their owner (its {@code Corpus} node's
	 * {@code ASSERTS}). Rows of {@code id}.
	 */
	static String corpusUnits(ReuseSchema schema, boolean asserted) {
		return rendered.computeIfAbsent(List.of("corpusUnits", schema, asserted), (key) -> {
			Node p = provision();
			Condition member = isUnit(p, schema).and(Cypher.parameter("corpus").in(p.property(Schema.CORPORA)));
			StatementBuilder.OngoingReadingWithWhere found = asserted
					? Cypher.match(Cypher.node(Schema.CORPUS_LABEL).withProperties("id", Cypher.parameter("corpus"))
						.relationshipTo(p, Schema.ASSERTS)).where(member)
					: Cypher.match(p).where(p.property(Schema.CORPUS).isEqualTo(Cypher.parameter("corpus")).and(member));
			return found.returning(p.property("id").as("id")).build().getCypher();
		});
	}

	/** The provisions with these ids ({@code $ids}; ids that are not provisions are left out). */
	static String byIds(ReuseSchema schema) {
		return rendered.computeIfAbsent(List.of("ids", schema), (key) -> {
			Node p = provision().withProperties("id", Cypher.name("id"));
			StatementBuilder.OngoingReadingAndWith found = Cypher.unwind(Cypher.parameter("ids"))
				.as("id")
				.match(p)
				.where(isUnit(p, schema))
				.with(p);
			return withInstrument(found, p, schema);
		});
	}

	/** The texts of the provisions with these ids ({@code $ids}): rows of {@code id, text}. */
	static String texts(ReuseSchema schema) {
		return rendered.computeIfAbsent(List.of("texts", schema), (key) -> {
			Node p = provision().withProperties("id", Cypher.name("id"));
			return Cypher.unwind(Cypher.parameter("ids"))
				.as("id")
				.match(p)
				.returning(Cypher.name("id"), text(p, schema).as("text"))
				.build()
				.getCypher();
		});
	}

	/** Every instrument: rows of {@code id} and {@code dates}, the values of its start-date properties. */
	static String instruments(ReuseSchema schema) {
		return rendered.computeIfAbsent(List.of("instruments", schema), (key) -> {
			Node i = Cypher.node(Schema.ENTITY).named("i");
			List<Expression> dates = new ArrayList<>();
			schema.instrumentDates().values().stream().flatMap(List::stream).distinct().sorted()
				.forEach((property) -> dates.add(i.property(property)));
			return Cypher.match(i)
				.where(isInstrument(i, schema))
				.returning(i.property("id").as("id"), Cypher.listOf(dates).as("dates"))
				.build()
				.getCypher();
		});
	}

	/**
	 * How many units have a text and how long their texts are in all: one row of
	 * {@code provisions} and {@code characters}, what the detection index will hold.
	 */
	static String volume(ReuseSchema schema) {
		return rendered.computeIfAbsent(List.of("volume", schema), (key) -> {
			Node p = provision();
			SymbolicName text = Cypher.name("text");
			return Cypher.match(p)
				.where(isUnit(p, schema))
				.with(text(p, schema).as(text))
				.where(text.isNotNull())
				.returning(Cypher.count(text).as("provisions"),
						Cypher.coalesce(Cypher.sum(Cypher.size(text)), Cypher.literalOf(0)).as("characters"))
				.build()
				.getCypher();
		});
	}

	/** {@code CASE WHEN p:Provision THEN p.text WHEN p:Article THEN p.body END}: a unit's text, by its label. */
	static Expression text(Node p, ReuseSchema schema) {
		Case.CaseEnding text = null;
		for (String label : schema.labelsWithText()) {
			Condition is = p.hasLabels(label);
			Expression value = p.property(schema.texts().get(label));
			text = (text == null) ? Cypher.caseExpression().when(is).then(value) : text.when(is).then(value);
		}
		return (text == null) ? Cypher.literalNull() : text;
	}

	/** {@code CASE WHEN p:Provision THEN 'text' … END}: the name of the property that holds a unit's text. */
	static Expression textProperty(Node p, ReuseSchema schema) {
		Case.CaseEnding name = null;
		for (String label : schema.labelsWithText()) {
			Condition is = p.hasLabels(label);
			Expression value = Cypher.literalOf(schema.texts().get(label));
			name = (name == null) ? Cypher.caseExpression().when(is).then(value) : name.when(is).then(value);
		}
		return (name == null) ? Cypher.literalNull() : name;
	}

	/** {@code p:Provision OR p:Article …}: the node has one of the provision labels. */
	static Condition isUnit(Node node, ReuseSchema schema) {
		return anyLabel(node, schema.texts().keySet());
	}

	static Condition isInstrument(Node node, ReuseSchema schema) {
		return anyLabel(node, schema.instrumentDates().keySet());
	}

	private static Condition anyLabel(Node node, Collection<String> labels) {
		Condition any = Cypher.noCondition();
		for (String label : new TreeSet<>(labels)) {
			any = any.or(node.hasLabels(label));
		}
		return labels.isEmpty() ? Cypher.isFalse() : any;
	}

	private static Node provision() {
		return Cypher.node(Schema.ENTITY).named("p");
	}

	/**
	 * The nearest instrument each unit {@code p} is contained in (fewest containment hops, at most
	 * {@link ReuseSchema#CONTAINMENT_LEVELS}), then the row.
	 */
	private static String withInstrument(StatementBuilder.OngoingReadingAndWith units, Node p, ReuseSchema schema) {
		Node i = Cypher.node(Schema.ENTITY).named("i");
		SymbolicName hops = Cypher.name("hops");
		SymbolicName instruments = Cypher.name("instruments");
		StatementBuilder.OngoingReadingWithoutWhere withPath = units.optionalMatch(Cypher.path("path")
			.definedBy(p.relationshipTo(i, schema.containment().stream().sorted().toArray(String[]::new))
				.length(1, ReuseSchema.CONTAINMENT_LEVELS)));
		NamedPath path = Cypher.path("path").get();
		return withPath.where(isInstrument(i, schema))
			.with(p, i, Cypher.length(path).as(hops))
			.orderBy(hops.ascending())
			.with(p, Cypher.collect(i.property("id")).as(instruments))
			.returning(p.property("id").as("id"), text(p, schema).as("text"),
					Cypher.valueAt(instruments, 0).as("instrument"))
			.orderBy(Cypher.name("id").ascending())
			.build()
			.getCypher();
	}

}
