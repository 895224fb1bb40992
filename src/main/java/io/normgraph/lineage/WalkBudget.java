package io.normgraph.lineage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import io.normgraph.graph.Omitted;

/**
 * What the walks of one request (upstream, downstream) keep, within one node limit, and what
 * they leave out. The first node refused cuts the answer: from then on the walks read only
 * element ids of what they meet ({@link LineageQueries.Rows#COUNT}), to count it, so the answer
 * can say how many nodes and relationships it left out without loading them. A relationship is
 * kept when both its ends are. Nodes and relationships read from light rows are loaded at the
 * end, those kept only, in one statement ({@link #load}).
 */
final class WalkBudget {

	private final int limit;

	/** Kept nodes by element id, in the order they were kept. */
	private final Map<String, WalkNode> kept = new LinkedHashMap<>();

	private final Set<String> omitted = new HashSet<>();

	/** Kept relationships by element id; null until loaded when met in a counting row. */
	private final Map<String, @Nullable WalkRelationship> keptRelationships = new LinkedHashMap<>();

	private final Set<String> seenRelationships = new HashSet<>();

	WalkBudget(int limit) {
		this.limit = limit;
	}

	/** Whether the node is kept: it already was, or it is new and there is room. */
	boolean admit(WalkNode node) {
		if (this.kept.containsKey(node.elementId())) {
			WalkNode known = this.kept.get(node.elementId());
			if (!known.loaded() && node.loaded()) {
				this.kept.put(node.elementId(), node);
			}
			return true;
		}
		if (this.omitted.contains(node.elementId()) || this.kept.size() >= this.limit) {
			this.omitted.add(node.elementId());
			return false;
		}
		this.kept.put(node.elementId(), node);
		return true;
	}

	/** Whether a node known only by its element id is kept (it was already); counted if not. */
	boolean admit(String elementId) {
		if (this.kept.containsKey(elementId)) {
			return true;
		}
		this.omitted.add(elementId);
		return false;
	}

	/** Whether the walks met this node already, kept or not. */
	boolean seen(String elementId) {
		return this.kept.containsKey(elementId) || this.omitted.contains(elementId);
	}

	@Nullable WalkNode node(String elementId) {
		return this.kept.get(elementId);
	}

	/**
	 * Whether the relationship is kept (both its ends are); counted either way.
	 * @param data the relationship, or null when it comes from a counting row
	 */
	boolean admit(String elementId, String oneEnd, String otherEnd, @Nullable WalkRelationship data) {
		this.seenRelationships.add(elementId);
		if (!this.kept.containsKey(oneEnd) || !this.kept.containsKey(otherEnd)) {
			return false;
		}
		WalkRelationship known = this.keptRelationships.get(elementId);
		if (known == null || (!known.loaded() && data != null && data.loaded())) {
			this.keptRelationships.put(elementId, data);
		}
		return true;
	}

	/** The most nodes kept. */
	int limit() {
		return this.limit;
	}

	/** How many more nodes fit. */
	int room() {
		return Math.max(0, this.limit - this.kept.size());
	}

	/** Whether the answer has been cut: a node was refused. */
	boolean cut() {
		return !this.omitted.isEmpty();
	}

	Omitted omitted() {
		return new Omitted(this.omitted.size(), this.seenRelationships.size() - this.keptRelationships.size());
	}

	/**
	 * Loads what is kept but was read from light or counting rows: relationships met in counting
	 * rows always, and with {@code properties} every node and relationship read light.
	 */
	void load(LineageWalk.Statements statements, boolean properties) {
		List<String> nodes = new ArrayList<>();
		List<String> relationships = new ArrayList<>();
		if (properties) {
			this.kept.values().stream().filter((node) -> !node.loaded()).forEach((node) -> nodes.add(node.elementId()));
		}
		this.keptRelationships.forEach((elementId, relationship) -> {
			if (relationship == null || (properties && !relationship.loaded())) {
				relationships.add(elementId);
			}
		});
		if (nodes.isEmpty() && relationships.isEmpty()) {
			return;
		}
		Record loaded = statements.run(LineageQueries.LOAD, Map.of("nodes", nodes, "relationships", relationships)).get(0);
		for (Value node : loaded.get("nodes").values()) {
			this.kept.put(node.asNode().elementId(), WalkNode.of(node.asNode()));
		}
		for (Value relationship : loaded.get("relationships").values()) {
			this.keptRelationships.put(relationship.asRelationship().elementId(),
					WalkRelationship.of(relationship.asRelationship()));
		}
	}

	/** Every kept node, in the order kept. */
	Collection<WalkNode> nodes() {
		return this.kept.values();
	}

	/** Every kept relationship, in the order met, as {@link #load loaded}. */
	List<WalkRelationship> relationships() {
		return this.keptRelationships.values().stream().filter(Objects::nonNull).toList();
	}

}
