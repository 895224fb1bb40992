package io.normgraph.lineage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import io.normgraph.lineage.LineageQueries.Rows;

/**
 * A walk's reads answered from what one statement fetched up front ({@link LineageQueries#fetch}):
 * the root, its containers, every followed relationship from a node fewer than {@code depth}
 * hops away with the node at its far end, and downstream the parts of every node reached, run
 * through the driver or, by the embedded database, in this process ({@link EmbeddedFetch}). The
 * walk then runs as over {@link StatementReads} (same ranking, budget and counts), in memory:
 * one round trip instead of one per level. When the fetch would exceed its cap (a wide fan-out,
 * where reading level by level and only ids past the limit costs less) it fetches nothing and
 * the walk reads level by level.
 */
final class FetchedReads implements WalkReads {

	private final boolean upstream;

	private final Start start;

	/** The relationships followed from each node (element id), in the order the database expands them. */
	private final Map<String, List<WalkRelationship>> hops = new HashMap<>();

	/** Every node fetched, as the walk sees it, by element id. */
	private final Map<String, WalkNode> nodes = new HashMap<>();

	/** The containment relationships on the parts' paths, by element id. */
	private final Map<String, WalkRelationship> contained = new HashMap<>();

	/** The parts of each whole (element id): each the element ids of its relationships, from the whole down. */
	private final Map<String, List<List<String>>> parts = new LinkedHashMap<>();

	private FetchedReads(boolean upstream, Fetched fetched) {
		this.upstream = upstream;
		this.nodes.put(fetched.root().elementId(), fetched.root());
		fetched.ends().forEach((node) -> this.nodes.put(node.elementId(), node));
		for (WalkRelationship r : fetched.hops()) {
			this.hops.computeIfAbsent(upstream ? r.start() : r.end(), (from) -> new ArrayList<>()).add(r);
		}
		fetched.contained().forEach((r) -> this.contained.put(r.elementId(), r));
		for (List<String> part : fetched.parts()) {
			// A containment relationship runs from the part to its whole: the first one's end is the whole.
			this.parts.computeIfAbsent(this.contained.get(part.get(0)).end(), (whole) -> new ArrayList<>()).add(part);
		}
		List<Climb> climbs = new ArrayList<>();
		for (List<WalkStep> up : fetched.ups()) {
			String top = up.get(up.size() - 1).node();
			climbs.add(new Climb(up, top, onward(top)));
		}
		this.start = new Start(fetched.root(), onward(fetched.root().elementId()), true, climbs);
	}

	/**
	 * Fetches a walk's reads in one statement through the driver, or answers null when the root
	 * does not exist or the fetch would hold more than {@code cap} relationships or parts.
	 */
	static @Nullable FetchedReads fetch(LineageWalk.Statements statements, LineageTypes types, boolean upstream, int depth,
			String id, int cap) {
		List<Record> fetched = statements.run(LineageQueries.fetch(types, upstream, depth), parameters(id, cap));
		return fetched.isEmpty() ? null : new FetchedReads(upstream, Fetched.of(fetched.get(0)));
	}

	/** A walk's reads from the fetch statement's row however it was run, or null when there was none. */
	static @Nullable FetchedReads of(boolean upstream, @Nullable Fetched fetched) {
		return (fetched != null) ? new FetchedReads(upstream, fetched) : null;
	}

	static Map<String, Object> parameters(String id, int cap) {
		return Map.of("id", id, "cap", cap);
	}

	/**
	 * The fetch statement's row ({@link LineageQueries#fetch}) read into the walk's forms: each
	 * node and relationship once, each upward containment path ({@code ups}) as its steps.
	 */
	record Fetched(WalkNode root, List<WalkNode> ends, List<WalkRelationship> hops, List<WalkRelationship> contained,
			List<List<String>> parts, List<List<WalkStep>> ups) {

		/** The row as the driver decoded it. */
		static Fetched of(Record record) {
			return new Fetched(WalkNode.of(record.get("root").asNode()),
					record.get("ends").asList((v) -> WalkNode.of(v.asNode())),
					record.get("hops").asList((v) -> WalkRelationship.of(v.asRelationship())),
					record.get("contained").asList((v) -> WalkRelationship.of(v.asRelationship())),
					record.get("parts").asList((v) -> v.asList(Value::asString)),
					record.get("ups").asList((v) -> WalkStep.of(v.asPath())));
		}

	}

	@Override
	public Start start(String id) {
		return this.start;
	}

	@Override
	public List<Hop> level(List<String> frontier, Rows rows) {
		List<Hop> level = new ArrayList<>();
		for (String from : frontier) {
			List<WalkRelationship> out = this.hops.get(from);
			if (out == null) {
				throw new IllegalStateException("the fetch holds no hops from " + from + ": it missed part of the walk");
			}
			for (WalkRelationship r : out) {
				String far = this.upstream ? r.end() : r.start();
				WalkNode node = (rows != Rows.COUNT) ? this.nodes.get(far) : null;
				level.add(new Hop(new WalkStep(from, far, node, r.elementId(), r), onward(far),
						this.parts.getOrDefault(far, List.of()).size()));
			}
		}
		return level;
	}

	@Override
	public List<List<WalkStep>> parts(List<String> wholes, Rows rows, @Nullable Integer cap) {
		List<List<WalkStep>> found = new ArrayList<>();
		for (String whole : wholes) {
			for (List<String> part : this.parts.getOrDefault(whole, List.of())) {
				if (cap != null && found.size() >= cap) {
					return found;
				}
				List<WalkStep> steps = new ArrayList<>(part.size());
				for (String elementId : part) {
					WalkRelationship r = this.contained.get(elementId);
					steps.add(new WalkStep(r.end(), r.start(), (rows != Rows.COUNT) ? this.nodes.get(r.start()) : null,
							elementId, r));
				}
				found.add(steps);
			}
		}
		return found;
	}

	/**
	 * How many followed relationships lead on from a node: known for every node fewer than
	 * {@code depth} hops away; the walk never expands the others.
	 */
	private long onward(String elementId) {
		List<WalkRelationship> out = this.hops.get(elementId);
		return (out != null) ? out.size() : 0;
	}

}
