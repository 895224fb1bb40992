package io.normgraph.lineage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.util.Assert;

import io.normgraph.graph.GraphRelationship;
import io.normgraph.system.NotFoundException;

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

	}

	private final Statements statements;

	private final boolean upstream;

	private final LineageTypes types;

	private final int depth;

	private final Comparator<Reach> ranking;

	/** The lowest score of an inferred relationship followed. */
	private final double minScore;

	/** Best way in so far, by element id, in the order nodes were reached. */
	private final Map<String, Reach> reached = new LinkedHashMap<>();

	/** The {@code id} of every node met, by element id, paths' inner nodes included. */
	private final Map<String, String> ids = new HashMap<>();

	private final Map<String, Relationship> relationships = new LinkedHashMap<>();

	/** Nodes reached downstream (so never the root) that have parts to inherit their lineage. */
	private final Set<String> withParts = new LinkedHashSet<>();

	private @Nullable Reach root;

	LineageWalk(Statements statements, boolean upstream, LineageTypes types, int depth, Comparator<Reach> ranking) {
		this(statements, upstream, types, depth, ranking, 0);
	}

	LineageWalk(Statements statements, boolean upstream, LineageTypes types, int depth, Comparator<Reach> ranking,
			double minScore) {
		this.minScore = minScore;
		this.statements = statements;
		this.upstream = upstream;
		this.types = types;
		this.depth = depth;
		this.ranking = ranking;
	}

	/** Walks from the node with this id; {@link NotFoundException} if there is none. */
	LineageWalk from(String id) {
		boolean inherit = this.types.inherits();
		List<Record> start = this.statements.run(LineageQueries.root(this.types, this.upstream), Map.of("id", id));
		if (start.isEmpty()) {
			throw new NotFoundException("id", id);
		}
		Node rootNode = start.get(0).get("root").asNode();
		this.root = reach(rootNode, 0, List.of(id(rootNode)));
		for (Record record : start) {
			if (record.containsKey("up")) {
				follow(record.get("up"), this.root);
			}
		}
		Collection<String> frontier = List.copyOf(this.reached.keySet());
		for (int level = 1; level <= this.depth && !frontier.isEmpty(); level++) {
			frontier = expand(frontier, level);
		}
		if (inherit && !this.upstream) {
			inherit();
		}
		return this;
	}

	private Collection<String> expand(Collection<String> frontier, int level) {
		Set<String> next = new LinkedHashSet<>();
		String cypher = LineageQueries.level(this.types, this.upstream);
		for (Record record : this.statements.run(cypher,
				Map.of("frontier", List.copyOf(frontier), "minScore", this.minScore))) {
			Reach from = this.reached.get(record.get("from").asString());
			Node v = record.get("v").asNode();
			Reach to = reach(v, level, plus(from.path(), id(v)));
			if (to.depth() == level && record.get("onward").asLong() > 0) {
				next.add(v.elementId());
			}
			if (to.depth() > 0 && record.containsKey("parts") && record.get("parts").asLong() > 0) {
				this.withParts.add(v.elementId());
			}
			add(record.get("r").asRelationship());
		}
		return next;
	}

	/** Downstream, the parts of every node reached (the root's own parts excepted) inherit its lineage. */
	private void inherit() {
		Map<String, Reach> wholes = new HashMap<>();
		this.withParts.forEach((elementId) -> wholes.put(elementId, this.reached.get(elementId)));
		if (wholes.isEmpty()) {
			return;
		}
		for (Record record : this.statements.run(LineageQueries.parts(this.types), Map.of("frontier", List.copyOf(wholes.keySet())))) {
			follow(record.get("part"), wholes.get(record.get("from").asString()));
		}
	}

	/** Reaches the end of a containment path at the depth of its start. */
	private void follow(Value value, Reach start) {
		if (value.isNull()) {
			return;
		}
		Path path = value.asPath();
		List<String> way = start.path();
		for (Path.Segment segment : path) {
			this.ids.put(segment.end().elementId(), id(segment.end()));
			way = plus(way, id(segment.end()));
			add(segment.relationship());
		}
		reach(path.end(), start.depth(), way);
	}

	/** Offers a way into {@code node}; returns the node's best so far. */
	private Reach reach(Node node, int depth, List<String> path) {
		this.ids.put(node.elementId(), id(node));
		return this.reached.merge(node.elementId(), new Reach(node, depth, path), BinaryOperator.minBy(this.ranking));
	}

	private void add(Relationship relationship) {
		this.relationships.putIfAbsent(relationship.elementId(), relationship);
	}

	Reach root() {
		Assert.state(this.root != null, "walk first");
		return this.root;
	}

	Collection<Reach> reached() {
		return this.reached.values();
	}

	List<GraphRelationship> relationships() {
		return this.relationships.values()
			.stream()
			.map((r) -> GraphRelationship.of(r, this.ids.get(r.startNodeElementId()), this.ids.get(r.endNodeElementId())))
			.toList();
	}

	private static List<String> plus(List<String> path, String id) {
		List<String> longer = new ArrayList<>(path.size() + 1);
		longer.addAll(path);
		longer.add(id);
		return Collections.unmodifiableList(longer);
	}

	private static String id(Node node) {
		return node.get("id").asString();
	}

	/**
	 * A way into {@code node}: {@code depth} lineage hops, {@code path} the ids from the root.
	 */
	record Reach(Node node, int depth, List<String> path) {

		/** Lineage: fewest hops, then shortest path. */
		static final Comparator<Reach> FEWEST_HOPS = Comparator.comparingInt(Reach::depth)
			.thenComparingInt((reach) -> reach.path().size());

		/** Derivation: shortest chain, containment steps included. */
		static final Comparator<Reach> SHORTEST = Comparator.comparingInt((reach) -> reach.path().size());

	}

}
