package io.normgraph.lineage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;

import io.normgraph.lineage.LineageQueries.Rows;

/**
 * A walk's reads answered from what one statement fetched up front ({@link LineageQueries#fetch}):
 * the root, its containers, every followed relationship from a node fewer than {@code depth}
 * hops away with the node at its far end, and downstream the parts of every node reached. The
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

	private FetchedReads(boolean upstream, Record record) {
		this.upstream = upstream;
		Node root = record.get("root").asNode();
		WalkNode rootNode = WalkNode.of(root);
		this.nodes.put(root.elementId(), rootNode);
		record.get("ends").values().forEach((v) -> this.nodes.put(v.asNode().elementId(), WalkNode.of(v.asNode())));
		for (Value value : record.get("hops").values()) {
			WalkRelationship r = WalkRelationship.of(value.asRelationship());
			this.hops.computeIfAbsent(upstream ? r.start() : r.end(), (from) -> new ArrayList<>()).add(r);
		}
		for (Value value : record.get("contained").values()) {
			WalkRelationship r = WalkRelationship.of(value.asRelationship());
			this.contained.put(r.elementId(), r);
		}
		for (Value value : record.get("parts").values()) {
			List<String> part = value.asList(Value::asString);
			// A containment relationship runs from the part to its whole: the first one's end is the whole.
			this.parts.computeIfAbsent(this.contained.get(part.get(0)).end(), (whole) -> new ArrayList<>()).add(part);
		}
		List<Climb> climbs = new ArrayList<>();
		for (Value value : record.get("ups").values()) {
			Path up = value.asPath();
			climbs.add(new Climb(WalkStep.of(up), up.end().elementId(), onward(up.end().elementId())));
		}
		this.start = new Start(rootNode, onward(root.elementId()), true, climbs);
	}

	/**
	 * Fetches a walk's reads in one statement, or answers null when the root does not exist or
	 * the fetch would hold more than {@code cap} relationships or parts.
	 */
	static @Nullable FetchedReads fetch(LineageWalk.Statements statements, LineageTypes types, boolean upstream, int depth,
			String id, int cap) {
		List<Record> fetched = statements.run(LineageQueries.fetch(types, upstream, depth), Map.of("id", id, "cap", cap));
		return fetched.isEmpty() ? null : new FetchedReads(upstream, fetched.get(0));
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
