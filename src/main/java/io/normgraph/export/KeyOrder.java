package io.normgraph.export;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

import io.normgraph.graph.GraphRelationship;

/**
 * Puts relationships in the order of their stable ids ({@code start|TYPE|end|source|locator},
 * the order exports have always numbered edges in) while they stream from the database grouped by
 * start node in id order, holding only a few groups. The two orders differ where one id begins
 * another: {@code trips-art-51|…} comes before {@code trips|…} because {@code -} sorts before
 * {@code |}, although {@code trips} comes first by id. So a group waits until the groups of every
 * id it begins have gone (they come right after it by id); then it goes, sorted by stable id.
 */
final class KeyOrder {

	private final Deque<Group> waiting = new ArrayDeque<>();

	/**
	 * The next start node's relationships, start nodes coming in id order.
	 * @return the relationships that may be written now, in order
	 */
	List<GraphRelationship> add(String start, List<GraphRelationship> relationships) {
		List<GraphRelationship> ready = new ArrayList<>();
		while (!this.waiting.isEmpty() && !start.startsWith(this.waiting.peek().start())) {
			ready.addAll(this.waiting.pop().sorted());
		}
		this.waiting.push(new Group(start, relationships));
		return ready;
	}

	/** The relationships still waiting, in order: all have come. */
	List<GraphRelationship> finish() {
		List<GraphRelationship> ready = new ArrayList<>();
		while (!this.waiting.isEmpty()) {
			ready.addAll(this.waiting.pop().sorted());
		}
		return ready;
	}

	private record Group(String start, List<GraphRelationship> relationships) {

		List<GraphRelationship> sorted() {
			List<GraphRelationship> sorted = new ArrayList<>(this.relationships);
			sorted.sort(Comparator.comparing(GraphRelationship::id));
			return sorted;
		}

	}

}
