package io.normgraph.reuse.graph;

import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * One detected reuse written straight into the graph, as a run writes it (docs/reuse.md, "In the
 * graph"): two instruments (2001 and 2010), a provision of each, the later one taking one passage
 * of the earlier with changed words around it, a provision-level REUSES with its spans and the
 * instrument-level roll-up, and the run's Source node. Every id starts with {@code nrv-} so
 * {@link #remove()} takes away exactly this.
 */
public final class ReuseViewFixture {

	public static final String EARLIER = "nrv-old-1";

	public static final String LATER = "nrv-new-1";

	public static final String LONELY = "nrv-lonely-1";

	public static final String RUN = "nrv-reuse-run";

	public static final String EARLIER_TEXT = "The customs administration shall apply risk management to identify high-risk cargo before loading.";

	public static final String LATER_TEXT = "Each member agrees that its customs administration shall apply risk management to identify high-risk shipments before loading, and reports yearly.";

	/** The passage both texts share. */
	public static final String PASSAGE = "customs administration shall apply risk management to identify high-risk";

	private final Neo4jClient client;

	public ReuseViewFixture(Neo4jClient client) {
		this.client = client;
	}

	public void create() {
		remove();
		this.client.query("""
				CREATE (run:Entity:Source {id: $run, name: 'Reuse detection run (test)', reuseRun: true, method: 'test',
				        source: $run, locator: $run})
				CREATE (old:Entity:Instrument {id: 'nrv-old', name: 'Old convention', date: '2001-05-01', source: $run, locator: '1'})
				CREATE (new:Entity:Instrument {id: 'nrv-new', name: 'New convention', date: '2010-01-01', source: $run, locator: '2'})
				CREATE (o1:Entity:Provision {id: $earlier, name: 'Old article 1', text: $earlierText, source: $run, locator: '1.1'})
				CREATE (n1:Entity:Provision {id: $later, name: 'New article 1', text: $laterText, source: $run, locator: '2.1'})
				CREATE (l1:Entity:Provision {id: $lonely, name: 'Lonely article', text: 'Nothing here is copied.', source: $run, locator: '2.2'})
				CREATE (o1)-[:PART_OF {source: $run, locator: '1.1'}]->(old)
				CREATE (n1)-[:PART_OF {source: $run, locator: '2.1'}]->(new)
				CREATE (l1)-[:PART_OF {source: $run, locator: '2.2'}]->(new)
				CREATE (n1)-[:REUSES {inferred: true, level: 'provision', score: 0.82, similarity: 0.55, containment: 0.61,
				        earlierShare: 0.8, directed: true, method: 'test', laterInstrument: 'nrv-new', earlierInstrument: 'nrv-old',
				        laterStarts: [$laterStart], laterEnds: [$laterEnd], earlierStarts: [$earlierStart], earlierEnds: [$earlierEnd],
				        laterTextProperty: 'text', earlierTextProperty: 'text', source: $run, locator: $run}]->(o1)
				CREATE (new)-[:REUSES {inferred: true, level: 'instrument', score: 0.4, share: 0.4, provisions: 1, directed: true,
				        method: 'test', source: $run, locator: $run}]->(old)""")
			.bindAll(Map.of("run", RUN, "earlier", EARLIER, "later", LATER, "lonely", LONELY, "earlierText", EARLIER_TEXT,
					"laterText", LATER_TEXT, "laterStart", laterSpan().get(0), "laterEnd", laterSpan().get(1),
					"earlierStart", earlierSpan().get(0), "earlierEnd", earlierSpan().get(1)))
			.run();
	}

	public void remove() {
		this.client.query("MATCH (n:Entity) WHERE n.id STARTS WITH 'nrv-' DETACH DELETE n").run();
	}

	/** [start, end) of the passage in the later text. */
	public static List<Integer> laterSpan() {
		int start = LATER_TEXT.indexOf(PASSAGE);
		return List.of(start, start + PASSAGE.length());
	}

	/** [start, end) of the passage in the earlier text. */
	public static List<Integer> earlierSpan() {
		int start = EARLIER_TEXT.indexOf(PASSAGE);
		return List.of(start, start + PASSAGE.length());
	}

}
