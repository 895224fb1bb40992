package io.normgraph.version;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

import io.normgraph.graph.GraphNode;
import io.normgraph.schema.Schema;

/**
 * Puts versions in order: each after every version it supersedes (Kahn's topological order),
 * ready versions by their start date (undated last), then id. A version superseded by another
 * of the same answer is not current. Succession cycles are refused at import; should one reach
 * the graph anyway, its versions come last, by date.
 */
final class VersionOrder {

	private static final Comparator<GraphNode> READY = Comparator
		.comparing((GraphNode node) -> (LocalDate) node.properties().get(Schema.VALID_FROM),
				Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
		.thenComparing(GraphNode::id);

	private VersionOrder() {
	}

	/** @param supersedes each version's id and the ids it supersedes (others are ignored) */
	static List<Versions.Entry> order(Map<String, GraphNode> versions, Map<String, List<String>> supersedes) {
		Map<String, List<String>> earlier = new HashMap<>();
		Map<String, Integer> waiting = new HashMap<>();
		Set<String> superseded = new HashSet<>();
		versions.keySet().forEach((id) -> waiting.put(id, 0));
		for (Map.Entry<String, List<String>> entry : supersedes.entrySet()) {
			List<String> known = entry.getValue().stream().filter(versions::containsKey).distinct().sorted().toList();
			earlier.put(entry.getKey(), known);
			waiting.put(entry.getKey(), known.size());
			superseded.addAll(known);
		}
		Map<String, List<String>> later = new HashMap<>();
		earlier.forEach((id, before) -> before.forEach((b) -> later.computeIfAbsent(b, (k) -> new ArrayList<>()).add(id)));
		PriorityQueue<GraphNode> ready = new PriorityQueue<>(READY);
		waiting.forEach((id, count) -> {
			if (count == 0) {
				ready.add(versions.get(id));
			}
		});
		Map<String, Versions.Entry> ordered = new LinkedHashMap<>();
		while (!ready.isEmpty()) {
			GraphNode next = ready.poll();
			ordered.put(next.id(), entry(next, earlier, superseded));
			for (String after : later.getOrDefault(next.id(), List.of())) {
				if (waiting.merge(after, -1, Integer::sum) == 0) {
					ready.add(versions.get(after));
				}
			}
		}
		versions.values()
			.stream()
			.filter((version) -> !ordered.containsKey(version.id()))
			.sorted(READY)
			.forEach((version) -> ordered.put(version.id(), entry(version, earlier, superseded)));
		return List.copyOf(ordered.values());
	}

	private static Versions.Entry entry(GraphNode version, Map<String, List<String>> earlier, Set<String> superseded) {
		return new Versions.Entry(version, earlier.getOrDefault(version.id(), List.of()),
				!superseded.contains(version.id()));
	}

}
