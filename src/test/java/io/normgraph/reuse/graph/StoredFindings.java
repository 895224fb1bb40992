package io.normgraph.reuse.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;

import io.normgraph.synthetic.PlantedReuseCorpus;

/**
 * The provision-level findings a run left in the graph, read back, and how they compare with a
 * planted corpus's ground truth: a finding is right when its two provisions are in one family of
 * copies, a planted pair is found when a stored finding joins its two provisions either way round
 * (all stored findings are at or over the threshold).
 */
final class StoredFindings {

	record Stored(String later, String earlier, String run) {
	}

	private static final String PROVISION_LEVEL = """
			MATCH (a:Entity)-[r:REUSES]->(b:Entity) WHERE r.inferred AND r.level = 'provision'
			RETURN a.id AS later, b.id AS earlier, r.source AS run""";

	private static final String INSTRUMENT_LEVEL = """
			MATCH ()-[r:REUSES]->() WHERE r.inferred AND r.level = 'instrument' RETURN count(r) AS n""";

	final List<Stored> findings = new ArrayList<>();

	final long instrumentLevel;

	StoredFindings(Neo4jClient client) {
		for (Map<String, Object> row : client.query(PROVISION_LEVEL).fetch().all()) {
			this.findings.add(new Stored((String) row.get("later"), (String) row.get("earlier"), (String) row.get("run")));
		}
		this.instrumentLevel = client.query(INSTRUMENT_LEVEL).fetchAs(Long.class).one().orElse(0L);
	}

	private static final String TOUCHING = """
			MATCH (a:Entity)-[r:REUSES]->(b:Entity) WHERE r.inferred AND (a.id IN $ids OR b.id IN $ids)
			RETURN a.id AS later, b.id AS earlier, properties(r) AS properties""";

	/**
	 * The inferred reuse relationships (both levels) with an end among {@code ids}, each as one
	 * line of its ends and every property but the run's {@code source} and {@code locator}: what
	 * two runs must agree on to have found and kept the same.
	 */
	static Set<String> touching(Neo4jClient client, Collection<String> ids) {
		Set<String> found = new java.util.TreeSet<>();
		client.query(TOUCHING).bind(List.copyOf(ids)).to("ids").fetch().all().forEach((row) -> {
			Map<String, Object> properties = new java.util.TreeMap<>();
			((Map<?, ?>) row.get("properties")).forEach((key, value) -> properties.put(String.valueOf(key), value));
			properties.remove("source");
			properties.remove("locator");
			found.add(row.get("later") + " -> " + row.get("earlier") + " " + properties);
		});
		return found;
	}

	static String pair(String a, String b) {
		return (a.compareTo(b) < 0) ? a + "|" + b : b + "|" + a;
	}

	/** The unordered pairs of the stored findings that touch the planted corpus. */
	Set<String> pairs(Set<String> planted) {
		Set<String> pairs = new HashSet<>();
		for (Stored f : this.findings) {
			if (planted.contains(f.later()) || planted.contains(f.earlier())) {
				pairs.add(pair(f.later(), f.earlier()));
			}
		}
		return pairs;
	}

	/** Right findings among those touching the planted corpus (one end outside it is wrong). */
	double precision(PlantedReuseCorpus truth, Set<String> planted) {
		long touching = 0;
		long right = 0;
		for (Stored f : this.findings) {
			boolean later = planted.contains(f.later());
			boolean earlier = planted.contains(f.earlier());
			if (later || earlier) {
				touching++;
				right += (later && earlier && truth.related(f.later(), f.earlier())) ? 1 : 0;
			}
		}
		return (touching == 0) ? 0 : right / (double) touching;
	}

	/** Planted pairs whose later provision is among {@code later} found, of all such pairs (NaN when none). */
	double recall(PlantedReuseCorpus truth, Set<String> planted, Collection<String> later) {
		Set<String> pairs = pairs(planted);
		Set<String> scope = new HashSet<>(later);
		long all = 0;
		long found = 0;
		for (PlantedReuseCorpus.Planted p : truth.planted()) {
			if (scope.contains(p.later())) {
				all++;
				found += pairs.contains(pair(p.later(), p.earlier())) ? 1 : 0;
			}
		}
		return (all == 0) ? Double.NaN : found / (double) all;
	}

	/** Pairs in one set and not the other, both ways: {only in a, only in b}. */
	static long[] difference(Set<String> a, Set<String> b) {
		return new long[] { a.stream().filter((p) -> !b.contains(p)).count(),
				b.stream().filter((p) -> !a.contains(p)).count() };
	}

}
