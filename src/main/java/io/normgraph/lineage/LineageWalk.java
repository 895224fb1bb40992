package io.normgraph.lineage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.util.Assert;

import io.normgraph.lineage.LineageQueries.Rows;
import io.normgraph.system.NotFoundException;
import io.normgraph.time.AsOf;

/**
 * A breadth-first walk of lineage from one root in one direction, one {@link LineageQueries}
 * statement per level: the frontier is the nodes first reached on the level before, so every
 * node is expanded once and a walk costs the nodes and relationships it reaches (plus a round
 * trip per level), never the number of paths to them.
 * <p>
 * Each node keeps its best way in under the walk's {@link Reach ranking}, with its depth
 * (lineage hops; inheritance along containment does not count) and its path of ids from the root. The
 * relationships are every one that leaves a node short of the depth limit: exactly those that
 * lie on some path of at most that many hops.
 * <p>
 * The walk keeps at most what its {@link WalkBudget} allows. A level is read whole (nodes and
 * relationships) only when it cannot overflow the budget: the {@code onward} counts of the
 * frontier bound its rows. Otherwise it is read light (ids, names, labels) and the budget
 * loads what it kept at the end; once the budget is spent, the walk goes on reading element ids
 * only, to count what the answer leaves out. Under the limit, the statements are the same as
 * an unbounded walk's.
 */
final class LineageWalk {

	/** Runs one statement: through {@link Neo4jClient} in the API, over a raw session in the benchmark. */
	@FunctionalInterface
	interface Statements {

		List<Record> run(String cypher, Map<String, Object> parameters);

		static Statements of(Neo4jClient client) {
			return (cypher, parameters) -> List.copyOf(
					client.query(cypher).bindAll(parameters).fetchAs(Record.class).mappedBy((types, record) -> record).all());
		}

		/** These statements with {@code $minScore} bound: detected reuse scored below it is not followed. */
		default Statements scoredAtLeast(double minScore) {
			return (cypher, parameters) -> {
				Map<String, Object> all = new HashMap<>(parameters);
				all.put(LineageQueries.MIN_SCORE, minScore);
				return run(cypher, all);
			};
		}

	}

	private final WalkReads reads;

	private final boolean upstream;

	private final LineageTypes types;

	private final int depth;

	private final Comparator<Reach> ranking;

	private final WalkBudget budget;

	/** Whether the answer shows every property, so a level that fits is best read whole. */
	private final boolean properties;

	/** The graph as of this date, or all of it. */
	private final @Nullable AsOf asOf;

	/** Best way into each kept node so far, by element id, in the order nodes were reached. */
	private final Map<String, Reach> reached = new LinkedHashMap<>();

	/** Nodes reached downstream (so never the root) that have parts to inherit their lineage. */
	private final Set<String> withParts = new LinkedHashSet<>();

	/** Every node this walk met, kept or not: each is expanded once. */
	private final Set<String> met = new HashSet<>();

	private @Nullable Reach root;

	LineageWalk(Statements statements, boolean upstream, LineageTypes types, int depth, Comparator<Reach> ranking,
			WalkBudget budget, boolean properties, @Nullable AsOf asOf) {
		this(new StatementReads(statements, types, upstream, asOf), upstream, types, depth, ranking, budget, properties,
				asOf);
	}

	/** Over these reads: one statement each, or what one statement fetched ({@link FetchedReads}). */
	LineageWalk(WalkReads reads, boolean upstream, LineageTypes types, int depth, Comparator<Reach> ranking,
			WalkBudget budget, boolean properties, @Nullable AsOf asOf) {
		this.reads = reads;
		this.upstream = upstream;
		this.types = types;
		this.depth = depth;
		this.ranking = ranking;
		this.budget = budget;
		this.properties = properties;
		this.asOf = asOf;
	}

	/** Walks from the node with this id; {@link NotFoundException} if there is none. */
	LineageWalk from(String id) {
		WalkReads.Start start = this.reads.start(id);
		if (start == null) {
			throw new NotFoundException("id", id);
		}
		if (!start.holds()) {
			throw NotFoundException.because("id",
					"'" + id + "' is not part of the graph as of " + ((this.asOf != null) ? this.asOf.text() : "now"));
		}
		WalkNode rootNode = start.root();
		Assert.state(this.budget.admit(rootNode), "the budget keeps the root");
		this.root = reach(rootNode, 0, List.of(rootNode.id()));
		this.met.add(rootNode.elementId());
		Map<String, Long> frontier = new LinkedHashMap<>();
		onward(frontier, rootNode.elementId(), start.onward());
		for (WalkReads.Climb climb : start.climbs()) {
			follow(climb.steps(), rootNode.elementId());
			onward(frontier, climb.top(), climb.topOnward());
		}
		for (int level = 1; level <= this.depth && !frontier.isEmpty(); level++) {
			frontier = expand(frontier, level);
		}
		if (this.types.inherits() && !this.upstream) {
			inherit();
		}
		return this;
	}

	private Map<String, Long> expand(Map<String, Long> frontier, int level) {
		long bound = frontier.values().stream().mapToLong(Long::longValue).sum();
		Rows rows = this.budget.cut() ? Rows.COUNT
				: (this.properties && bound <= this.budget.room()) ? Rows.FULL : Rows.LIGHT;
		Map<String, Long> next = new LinkedHashMap<>();
		for (WalkReads.Hop hop : this.reads.level(List.copyOf(frontier.keySet()), rows)) {
			WalkStep step = hop.step();
			Reach before = this.reached.get(step.from());
			if (this.met.add(step.node())) {
				onward(next, step.node(), hop.onward());
			}
			arrive(step, level, (before != null) ? before.path() : null);
			if (hop.parts() > 0 && !step.node().equals(root().elementId())) {
				this.withParts.add(step.node());
			}
		}
		return next;
	}

	/** Downstream, the parts of every node reached (the root's own parts excepted) inherit its lineage. */
	private void inherit() {
		if (this.withParts.isEmpty()) {
			return;
		}
		List<String> wholes = this.withParts.stream().filter(this.reached::containsKey).toList();
		List<String> counted = this.withParts.stream().filter((whole) -> !this.reached.containsKey(whole)).toList();
		if (!wholes.isEmpty() && this.budget.room() > 0) {
			// Read whole only if all fits: at most one part more than there is room for tells.
			int room = this.budget.room();
			boolean fitted = false;
			if (this.properties) {
				List<List<WalkStep>> found = parts(wholes, Rows.FULL, room + 1);
				fitted = found.size() <= room;
			}
			if (!fitted) {
				parts(wholes, Rows.LIGHT, null);
			}
		}
		else {
			counted = List.copyOf(this.withParts);
		}
		if (!counted.isEmpty()) {
			parts(counted, Rows.COUNT, null);
		}
	}

	/** Reads and follows the parts of these wholes, at most {@code cap} paths when given. */
	private List<List<WalkStep>> parts(List<String> wholes, Rows rows, @Nullable Integer cap) {
		List<List<WalkStep>> found = this.reads.parts(wholes, rows, cap);
		found.forEach((steps) -> follow(steps, steps.get(0).from()));
		return found;
	}

	/** Follows a containment path from {@code start}: every node on it is reached at the depth of its start. */
	private void follow(List<WalkStep> steps, String start) {
		Reach from = this.reached.get(start);
		int depth = (from != null) ? from.depth() : 0;
		List<String> way = (from != null) ? from.path() : null;
		for (WalkStep step : steps) {
			this.met.add(step.node());
			arrive(step, depth, way);
			WalkNode node = this.budget.node(step.node());
			way = (way != null && node != null) ? plus(way, node.id()) : null;
		}
	}

	/**
	 * Offers the budget the step's node and relationship; a kept node reached from a kept one
	 * ({@code way} the path to that one) gets a way in at {@code depth}.
	 */
	private void arrive(WalkStep step, int depth, @Nullable List<String> way) {
		boolean kept = (step.data() != null) ? this.budget.admit(step.data()) : this.budget.admit(step.node());
		this.budget.admit(step.relationship(), step.from(), step.node(), step.relationshipData());
		if (kept && way != null) {
			WalkNode node = this.budget.node(step.node());
			reach(node, depth, plus(way, node.id()));
		}
	}

	/** Offers a way into {@code node}; returns the node's best so far. */
	private Reach reach(WalkNode node, int depth, List<String> path) {
		return this.reached.merge(node.elementId(), new Reach(node.elementId(), depth, path),
				BinaryOperator.minBy(this.ranking));
	}

	private static void onward(Map<String, Long> frontier, String elementId, long onward) {
		if (onward > 0) {
			frontier.put(elementId, onward);
		}
	}

	Reach root() {
		Assert.state(this.root != null, "walk first");
		return this.root;
	}

	Collection<Reach> reached() {
		return this.reached.values();
	}

	private static List<String> plus(@Nullable List<String> path, String id) {
		List<String> longer = new ArrayList<>((path != null) ? path.size() + 1 : 1);
		if (path != null) {
			longer.addAll(path);
		}
		longer.add(id);
		return Collections.unmodifiableList(longer);
	}

	/**
	 * A way into the node with this element id: {@code depth} lineage hops, {@code path} the ids
	 * from the root.
	 */
	record Reach(String elementId, int depth, List<String> path) {

		/** Lineage: fewest hops, then shortest path. */
		static final Comparator<Reach> FEWEST_HOPS = Comparator.comparingInt(Reach::depth)
			.thenComparingInt((reach) -> reach.path().size());

		/** Derivation: shortest chain, containment steps included. */
		static final Comparator<Reach> SHORTEST = Comparator.comparingInt((reach) -> reach.path().size());

	}

}
