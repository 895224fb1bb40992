package io.normgraph.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import io.normgraph.corpus.NodeState.CoAssertion;
import io.normgraph.schema.Schema;

/**
 * How one node is shared by several corpora: the same id is the same entity, each corpus keeps
 * its provenance and the properties it gave, and no corpus overwrites a value another gave. The
 * rules, in one place:
 * <ul>
 * <li>the owner's values and provenance are the node's; another corpus's provenance and the
 * keys it gives are kept on its {@code ASSERTS} relationship from its {@code Corpus} node;</li>
 * <li>a corpus may add properties the node lacks; a value that differs from one another corpus
 * gave is a {@link Conflict}, and the node keeps the value it had;</li>
 * <li>a corpus that stops asserting a node takes with it only the properties no other corpus
 * gives; when the owner goes, the next corpus becomes the owner.</li>
 * </ul>
 * Pure: it computes the next state; the writer stores it.
 */
final class Sharing {

	/** Properties normgraph writes itself. */
	static final Set<String> SYSTEM = Set.of(Schema.CORPUS, Schema.CORPORA, Schema.VALID_FROM, Schema.VALID_UNTIL);

	private Sharing() {
	}

	/** A value another corpus gave that the incoming corpus contradicts. */
	record Conflict(String key, Object graphValue, String graphCorpus, Object value) {
	}

	/** The node after an assertion, and the values it contradicted (left as they were). */
	record Outcome(NodeState state, List<Conflict> conflicts) {
	}

	/**
	 * The node once {@code corpus} asserts it with these properties (values and provenance),
	 * replacing what that corpus asserted before.
	 */
	static Outcome assertBy(NodeState node, String corpus, Map<String, Object> row) {
		Map<String, Object> values = values(row);
		Map<String, Object> provenance = provenance(row);
		List<CoAssertion> others = new ArrayList<>(node.others());
		others.removeIf((other) -> other.corpus().equals(corpus));
		boolean owns = node.owner().equals(corpus);
		Set<String> ownerKeys = owns ? values.keySet() : ownerKeys(node);
		List<Conflict> conflicts = new ArrayList<>();
		Map<String, Object> properties = new HashMap<>();
		// What other corpora give stays, with the node's value.
		for (String key : givenByOthers(owns ? Set.of() : ownerKeys, others)) {
			properties.put(key, node.properties().get(key));
		}
		Set<String> given = new HashSet<>();
		values.forEach((key, value) -> {
			Object before = properties.get(key);
			if (before != null && !equal(before, value)) {
				conflicts.add(new Conflict(key, before, whoGives(node, key, ownerKeys, others, owns), value));
			}
			else {
				properties.put(key, value);
				given.add(key);
			}
		});
		if (owns) {
			properties.putAll(provenance);
			others.replaceAll((other) -> withAdded(other, other.keys().stream().filter((k) -> !given.contains(k)).collect(Collectors.toSet())));
		}
		else {
			NodeState.PROVENANCE.forEach((key) -> copy(node.properties(), properties, key));
			others.add(new CoAssertion(corpus, provenance, given,
					given.stream().filter((key) -> !ownerKeys.contains(key)).collect(Collectors.toSet())));
		}
		return new Outcome(state(node, properties, node.owner(), others), conflicts);
	}

	/**
	 * The node once {@code corpus} no longer asserts it, or null when no corpus does any more.
	 */
	static @Nullable NodeState retract(NodeState node, String corpus) {
		if (!node.owner().equals(corpus)) {
			CoAssertion leaving = node.others().stream().filter((other) -> other.corpus().equals(corpus)).findFirst().orElse(null);
			if (leaving == null) {
				return node;
			}
			List<CoAssertion> others = new ArrayList<>(node.others());
			others.remove(leaving);
			Map<String, Object> properties = new HashMap<>(node.properties());
			Set<String> stillGiven = others.stream().flatMap((other) -> other.keys().stream()).collect(Collectors.toSet());
			leaving.added().stream().filter((key) -> !stillGiven.contains(key)).forEach(properties::remove);
			return state(node, properties, node.owner(), others);
		}
		if (node.others().isEmpty()) {
			return null;
		}
		CoAssertion heir = node.others().get(0);
		List<CoAssertion> others = new ArrayList<>(node.others().subList(1, node.others().size()));
		Set<String> kept = new HashSet<>(heir.keys());
		others.forEach((other) -> kept.addAll(other.keys()));
		Map<String, Object> properties = new HashMap<>();
		node.properties().forEach((key, value) -> {
			if (!isValueKey(key) || kept.contains(key)) {
				properties.put(key, value);
			}
		});
		NodeState.PROVENANCE.forEach(properties::remove);
		properties.putAll(heir.provenance());
		others.replaceAll((other) -> withAdded(other, other.keys().stream().filter((key) -> !heir.keys().contains(key)).collect(Collectors.toSet())));
		return state(node, properties, heir.corpus(), others);
	}

	/** The owner's keys: every value the node has but those another corpus added. */
	static Set<String> ownerKeys(NodeState node) {
		Set<String> keys = node.properties().keySet().stream().filter(Sharing::isValueKey).collect(Collectors.toCollection(HashSet::new));
		node.others().forEach((other) -> keys.removeAll(other.added()));
		return keys;
	}

	/** The values of a row: what a corpus says of the node, as opposed to where it says it. */
	static Map<String, Object> values(Map<String, Object> row) {
		Map<String, Object> values = new LinkedHashMap<>();
		row.forEach((key, value) -> {
			if (isValueKey(key)) {
				values.put(key, value);
			}
		});
		return values;
	}

	static Map<String, Object> provenance(Map<String, Object> row) {
		Map<String, Object> provenance = new LinkedHashMap<>();
		NodeState.PROVENANCE.forEach((key) -> copy(row, provenance, key));
		return provenance;
	}

	/** Whether a property is one a corpus gives: not the id, provenance or normgraph's own. */
	static boolean isValueKey(String key) {
		return !key.equals("id") && !NodeState.PROVENANCE.contains(key) && !SYSTEM.contains(key);
	}

	private static Set<String> givenByOthers(Set<String> ownerKeys, List<CoAssertion> others) {
		Set<String> keys = new HashSet<>(ownerKeys);
		others.forEach((other) -> keys.addAll(other.keys()));
		return keys;
	}

	private static String whoGives(NodeState node, String key, Set<String> ownerKeys, List<CoAssertion> others, boolean owns) {
		if (!owns && ownerKeys.contains(key)) {
			return node.owner();
		}
		return others.stream().filter((other) -> other.keys().contains(key)).map(CoAssertion::corpus).findFirst().orElse(node.owner());
	}

	private static CoAssertion withAdded(CoAssertion other, Set<String> added) {
		return new CoAssertion(other.corpus(), other.provenance(), other.keys(), added);
	}

	private static NodeState state(NodeState node, Map<String, Object> properties, String owner, List<CoAssertion> others) {
		properties.put("id", node.id());
		List<String> corpora = new ArrayList<>(List.of(owner));
		others.forEach((other) -> corpora.add(other.corpus()));
		properties.put(Schema.CORPUS, owner);
		properties.put(Schema.CORPORA, corpora);
		return new NodeState(node.id(), node.label(), properties, owner, others);
	}

	private static void copy(Map<String, Object> from, Map<String, Object> to, String key) {
		if (from.get(key) != null) {
			to.put(key, from.get(key));
		}
	}

	/** Values compare as the graph stores them: numbers by value (the driver reads integers as Long). */
	static boolean equal(Object a, Object b) {
		if (a instanceof Number x && b instanceof Number y) {
			return (x instanceof Double || y instanceof Double) ? x.doubleValue() == y.doubleValue() : x.longValue() == y.longValue();
		}
		return Objects.equals(a, b);
	}

}
