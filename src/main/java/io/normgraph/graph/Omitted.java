package io.normgraph.graph;

/**
 * What an answer cut at its {@code limit} left out: how many nodes and relationships the whole
 * answer would have had beyond those returned.
 */
public record Omitted(long nodes, long relationships) {

	public static final Omitted NONE = new Omitted(0, 0);

	public boolean any() {
		return this.nodes > 0 || this.relationships > 0;
	}

}
