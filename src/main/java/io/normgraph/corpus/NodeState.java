package io.normgraph.corpus;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A node as the corpora that assert it left it: its properties, the corpus that first asserted
 * it (its owner, whose provenance the node carries) and the others, each with its provenance
 * and the properties it gave.
 *
 * @param id the node's id
 * @param label its label
 * @param properties every property it has, provenance and normgraph's own included
 * @param owner the corpus that first asserted it
 * @param others the other corpora that assert it, in the order they came
 */
record NodeState(String id, String label, Map<String, Object> properties, String owner, List<CoAssertion> others) {

	/** The properties that are provenance: per corpus, never a conflict. */
	static final Set<String> PROVENANCE = Set.of("source", "locator", "quote", "summary");

	NodeState {
		properties = Map.copyOf(properties);
		others = List.copyOf(others);
	}

	/**
	 * Another corpus's assertion of a node it does not own.
	 *
	 * @param corpus the corpus
	 * @param provenance its {@link #PROVENANCE} for the node
	 * @param keys the properties it gives, with the node's values
	 * @param added those of its keys the owner does not give
	 */
	record CoAssertion(String corpus, Map<String, Object> provenance, Set<String> keys, Set<String> added) {

		CoAssertion {
			provenance = Map.copyOf(provenance);
			keys = Set.copyOf(keys);
			added = Set.copyOf(added);
		}

	}

}
