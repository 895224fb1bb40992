package io.normgraph.lineage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.IdentifiableElement;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.StatementBuilder.OngoingReadingAndReturn;
import org.neo4j.cypherdsl.core.StatementBuilder.OrderableOngoingReadingAndWithWithoutWhere;
import org.neo4j.cypherdsl.core.SymbolicName;

/**
 * A breadth-first traversal in one statement, one level at a time, unrolled to a depth known
 * when the statement is built. Each level expands every node of the frontier by one hop
 * ({@code Expand(All)}) and keeps each newly reached node once, with the first parent in
 * (path size, ids) order, so no level ever holds more rows than relationships: the cost is
 * linear in what is reached, never in the number of paths. Variable-length patterns would
 * enumerate paths, and {@code SHORTEST} with an open end traces them in Neo4j 5.26 (both
 * exponential on diamonds; docs/benchmarks.md). Levels are {@code COLLECT} subqueries rather
 * than {@code CALL}: Cypher-DSL 2025.2.7 renders a scoped {@code CALL} that starts with
 * {@code UNWIND} as {@code CALL (…) {, UNWIND}, which Neo4j rejects.
 * <p>
 * The statement carries, from clause to clause:
 * <ul>
 * <li>{@code frontier}, {@code nodes}, {@code cycles}: entries {@code {n, depth, ids,
 * provision}}, the node, its depth, the ids of its path (from the root, or towards it for a
 * chain) and whether it is a provision; {@code nodes} holds everything reached but the root,
 * {@code cycles} the root each time a level leads back to it;</li>
 * <li>{@code seen}: the nodes already reached (a list that Neo4j checks as a set);</li>
 * <li>{@code links}: nested lists of {@code {r, start, end}}, every relationship a level
 * followed, with the ids of its ends.</li>
 * </ul>
 */
final class BreadthFirst {

	private static final List<String> CARRIED = List.of("root", "frontier", "seen", "links", "nodes", "cycles");

	private final Node root;

	/** Paths as chains that end at the root (derived-from) rather than paths from it (lineage). */
	private final boolean chains;

	private OrderableOngoingReadingAndWithWithoutWhere query;

	BreadthFirst(Node root, boolean chains) {
		this.root = root;
		this.chains = chains;
		this.query = Cypher.match(root)
			.with(root.getRequiredSymbolicName(), Cypher.listOf(rootEntry()).as("frontier"),
					Cypher.listOf(root.getRequiredSymbolicName()).as("seen"), Cypher.listOf().as("links"),
					Cypher.listOf().as("nodes"), Cypher.listOf().as("cycles"));
	}

	/** The root as a traversal entry: depth 0, a path of its own id. */
	Expression rootEntry() {
		return entry(this.root.getRequiredSymbolicName(), Cypher.literalOf(0), Cypher.listOf(this.root.property("id")),
				this.root.hasLabels("Provision"));
	}

	/** Replaces carried variables. */
	BreadthFirst set(Map<String, Expression> changes) {
		this.query = this.query.with(carried(changes, List.of()));
		return this;
	}

	/** One level over outgoing relationships of {@code types}, see {@link #expand}. */
	BreadthFirst outward(int depth, String... types) {
		return expand(true, types, depth);
	}

	/** One level over incoming relationships of {@code types}, see {@link #expand}. */
	BreadthFirst inward(int depth, String... types) {
		return expand(false, types, depth);
	}

	/**
	 * One level: from each frontier node over one relationship. The new frontier is what no
	 * earlier level reached, at {@code depth}, with the parent's path and its own id.
	 */
	private BreadthFirst expand(boolean outgoing, String[] types, int depth) {
		Node a = Cypher.anyNode("a");
		Node b = Cypher.anyNode("b");
		SymbolicName ids = Cypher.name("ids");
		Relationship r = (outgoing ? a.relationshipTo(b, types) : a.relationshipFrom(b, types)).named("r");
		Statement step = Cypher.unwind(Cypher.name("frontier"))
			.as("f")
			.with(Cypher.property("f", "n").as("a"), Cypher.property("f", "ids").as("ids"))
			.match(r)
			.with(a.getRequiredSymbolicName(), r.getRequiredSymbolicName(), b.getRequiredSymbolicName(), ids)
			.orderBy(Cypher.size(ids).ascending(), ids.ascending())
			.with(b.getRequiredSymbolicName(), Cypher.collect(link(r, outgoing ? a : b, outgoing ? b : a)).as("rels"),
					Cypher.head(Cypher.collect(ids)).as("ids"))
			.returning(Cypher.mapOf("n", b.getRequiredSymbolicName(), "rels", Cypher.name("rels"), "ids",
					this.chains ? Cypher.listOf(b.property("id")).add(ids) : ids.add(b.property("id")), "provision",
					b.hasLabels("Provision"), "new", b.getRequiredSymbolicName().in(Cypher.name("seen")).not()))
			.build();
		Expression reached = entry(s("n"), Cypher.literalOf(depth), s("ids"), s("provision"));
		Condition fresh = s("new").isTrue();
		this.query = this.query.with(carried(Map.of(), List.of(Cypher.collect(step).as("step"))))
			.with(carried(Map.of("frontier", steps(fresh, reached), "seen", Cypher.name("seen").add(steps(fresh, s("n"))),
					"links", links(), "nodes", Cypher.name("nodes").add(steps(fresh, reached)), "cycles",
					Cypher.name("cycles").add(steps(s("n").isEqualTo(this.root.getRequiredSymbolicName()), reached))),
					List.of()));
		return this;
	}

	/**
	 * One level down PART_OF from every frontier node at once, without a seen set: a part is
	 * kept once per level, under the first of its containers in (depth, path size, ids)
	 * order, and only provisions join {@code nodes} (other nodes are passed through).
	 */
	BreadthFirst descend() {
		Node a = Cypher.anyNode("a");
		Node b = Cypher.anyNode("b");
		SymbolicName f = Cypher.name("f");
		Relationship r = a.relationshipFrom(b, "PART_OF").named("r");
		Statement step = Cypher.unwind(Cypher.name("frontier"))
			.as("f")
			.with(f, Cypher.property("f", "n").as("a"))
			.match(r)
			.with(f, a.getRequiredSymbolicName(), r.getRequiredSymbolicName(), b.getRequiredSymbolicName())
			.orderBy(Cypher.property("f", "depth").ascending(), Cypher.size(Cypher.property("f", "ids")).ascending(),
					Cypher.property("f", "ids").ascending())
			.with(b.getRequiredSymbolicName(), Cypher.collect(link(r, b, a)).as("rels"),
					Cypher.head(Cypher.collect(f)).as("f"))
			.returning(Cypher.mapOf("n", b.getRequiredSymbolicName(), "depth", Cypher.property("f", "depth"), "ids",
					this.chains ? Cypher.listOf(b.property("id")).add(Cypher.property("f", "ids"))
							: Cypher.property("f", "ids").add(b.property("id")),
					"provision", b.hasLabels("Provision"), "rels",
					Cypher.caseExpression()
						.when(b.hasLabels("Provision"))
						.then(Cypher.name("rels"))
						.elseDefault(Cypher.listOf())))
			.build();
		Expression reached = entry(s("n"), s("depth"), s("ids"), s("provision"));
		this.query = this.query.with(carried(Map.of(), List.of(Cypher.collect(step).as("step"))))
			.with(carried(Map.of("frontier", steps(reached), "links", links(), "nodes",
					Cypher.name("nodes").add(steps(s("provision").isTrue(), reached))), List.of()));
		return this;
	}

	OngoingReadingAndReturn returning(Expression... expressions) {
		return this.query.returning(expressions);
	}

	/** Provisions among entries, e.g. {@code nodes}. */
	static Expression provisions(Expression entries) {
		return Cypher.listWith(Cypher.name("x"))
			.in(entries)
			.where(Cypher.property("x", "provision").isTrue())
			.returning(Cypher.name("x"));
	}

	private static Expression entry(Expression node, Expression depth, Expression ids, Expression provision) {
		return Cypher.mapOf("n", node, "depth", depth, "ids", ids, "provision", provision);
	}

	private static Expression link(Relationship r, Node start, Node end) {
		return Cypher.mapOf("r", r.getRequiredSymbolicName(), "start", start.property("id"), "end", end.property("id"));
	}

	/** {@code [s IN step | entry]}. */
	private static Expression steps(Expression entry) {
		return Cypher.listWith(Cypher.name("s")).in(Cypher.name("step")).returning(entry);
	}

	/** {@code [s IN step WHERE condition | entry]}. */
	private static Expression steps(Condition condition, Expression entry) {
		return Cypher.listWith(Cypher.name("s")).in(Cypher.name("step")).where(condition).returning(entry);
	}

	private static Expression links() {
		return Cypher.name("links").add(Cypher.listOf(steps(s("rels"))));
	}

	private static Expression s(String key) {
		return Cypher.property("s", key);
	}

	private static IdentifiableElement[] carried(Map<String, Expression> changes, List<IdentifiableElement> extra) {
		List<IdentifiableElement> all = new ArrayList<>();
		for (String name : CARRIED) {
			all.add(changes.containsKey(name) ? changes.get(name).as(name) : Cypher.name(name));
		}
		all.addAll(extra);
		return all.toArray(IdentifiableElement[]::new);
	}

}
