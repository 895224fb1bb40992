package io.normgraph.reuse.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The one record, in the database, of a run whose write has begun and not ended, kept as the
 * import keeps its own ({@code io.normgraph.corpus.ImportJournal}: a {@code __Normgraph} node
 * that no reader matches): which run, whether it replaces every finding or those of a scope, and
 * its phase. While {@code WRITING} the run's relationships are being added beside the earlier
 * ones (a crash means deleting them); once {@code REPLACING} they are all written and the earlier
 * findings they replace are being deleted (a crash means finishing that). The commit point is
 * the transaction that turns one into the other. A scoped run's scope (the provisions and
 * instruments whose earlier findings it replaces) is kept beside it in chunks, for the finishing.
 */
final class ReuseJournal {

	enum Phase {

		WRITING, REPLACING

	}

	/** A run found in the journal. */
	record Entry(String run, Phase phase, boolean replaceAll) {
	}

	/** Ids per scope chunk (one node each). */
	static final int CHUNK = 10_000;

	static final String BEGIN = """
			MERGE (j:__Normgraph {id: 'reuse'})
			SET j.run = $run, j.phase = $phase, j.replaceAll = $replaceAll, j.startedAt = datetime()""";

	static final String SCOPE = """
			CREATE (:__Normgraph {id: 'reuse-scope-' + $run + '-' + $level + '-' + $chunk, scopeOf: $run, level: $level, ids: $ids})""";

	static final String COMMIT = """
			MATCH (j:__Normgraph {id: 'reuse'}) WHERE properties(j).run = $run AND properties(j).phase = 'WRITING'
			SET j.phase = 'REPLACING'
			RETURN count(j) AS committed""";

	/** Properties read whole, so that a database that never had a run gets no warning about unknown keys. */
	static final String READ = "MATCH (j:__Normgraph {id: 'reuse'}) RETURN properties(j) AS journal";

	static final String SCOPE_CHUNKS = """
			MATCH (c:__Normgraph) WHERE c.id STARTS WITH 'reuse-scope-' AND properties(c).level = $level
			RETURN properties(c).ids AS ids""";

	static final String END = """
			MATCH (j:__Normgraph) WHERE j.id = 'reuse' OR j.id STARTS WITH 'reuse-scope-'
			DELETE j""";

	private ReuseJournal() {
	}

	/**
	 * The run's write begins: the journal, and its scope unless it replaces everything. A run
	 * that writes its relationships in the transaction that begins its journal begins it
	 * {@code REPLACING}: that transaction is its commit point.
	 */
	static void begin(Neo4jClient client, String run, boolean replaceAll, List<String> provisions, List<String> instruments,
			Phase phase) {
		client.query(END).run();
		client.query(BEGIN).bindAll(Map.of("run", run, "replaceAll", replaceAll, "phase", phase.name())).run();
		if (!replaceAll) {
			scope(client, run, ReuseRecords.PROVISION, provisions);
			scope(client, run, ReuseRecords.INSTRUMENT, instruments);
		}
	}

	private static void scope(Neo4jClient client, String run, String level, List<String> ids) {
		for (int from = 0, chunk = 0; from < ids.size(); from += CHUNK, chunk++) {
			client.query(SCOPE).bindAll(Map.of("run", run, "level", level, "chunk", chunk, "ids",
					ids.subList(from, Math.min(ids.size(), from + CHUNK)))).run();
		}
	}

	/** Passes the commit point; from here on, a crash is finished rather than undone. */
	static void commit(Neo4jClient client, String run) {
		long committed = client.query(COMMIT).bind(run).to("run").fetchAs(Long.class).one().orElse(0L);
		if (committed != 1) {
			throw new IllegalStateException("the journal of reuse run " + run
					+ " went missing before its commit point (is another process writing reuse into this database?)");
		}
	}

	static Optional<Entry> read(Neo4jClient client) {
		return client.query(READ)
			.fetch()
			.one()
			.map((row) -> (Map<?, ?>) row.get("journal"))
			.map((journal) -> new Entry(String.valueOf(journal.get("run")), Phase.valueOf(String.valueOf(journal.get("phase"))),
					Boolean.TRUE.equals(journal.get("replaceAll"))));
	}

	/** The scope of the journal's run at one level, a chunk at a time. */
	static void scope(Neo4jClient client, String level, Consumer<List<String>> chunk) {
		client.query(SCOPE_CHUNKS).bind(level).to("level").fetch().all().forEach((row) -> {
			List<String> ids = new ArrayList<>();
			((List<?>) row.get("ids")).forEach((id) -> ids.add(String.valueOf(id)));
			chunk.accept(ids);
		});
	}

	static void end(Neo4jClient client) {
		client.query(END).run();
	}

}
