package io.normgraph.reuse.graph;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The two ways a run's write ends, each in transactions of bounded size and each safe to run
 * again after a crash: replacing (the earlier findings the run replaces are deleted once all of
 * its own are written, then the Source nodes of earlier runs that nothing names any more), or
 * undoing (the run's own relationships and Source node are deleted, the earlier findings stand).
 */
final class Replacement {

	/** Relationships deleted per transaction. */
	static final int LIMIT = 10_000;

	/** Scope ids whose earlier findings are deleted per transaction (a provision has a few, an instrument more). */
	static final int IDS = 1_000;

	private final Neo4jClient client;

	private final TransactionTemplate transactions;

	private final ReuseSchema schema;

	Replacement(Neo4jClient client, TransactionTemplate transactions, ReuseSchema schema) {
		this.client = client;
		this.transactions = transactions;
		this.schema = schema;
	}

	/** Deletes every inferred reuse relationship another run wrote; returns the sources they named. */
	Set<String> replaceAll(String run) {
		Set<String> sources = new LinkedHashSet<>();
		for (long deleted = LIMIT; deleted == LIMIT;) {
			deleted = delete(WriteStatements.deleteEarlier(this.schema), Map.of("run", run, "limit", LIMIT), sources);
		}
		return sources;
	}

	/** Deletes the inferred reuse relationships of a level with an end among {@code ids} that another run wrote. */
	Set<String> replaceTouching(String run, String level, List<String> ids) {
		Set<String> sources = new LinkedHashSet<>();
		for (int from = 0; from < ids.size(); from += IDS) {
			delete(WriteStatements.deleteEarlierTouching(this.schema),
					Map.of("run", run, "level", level, "ids", ids.subList(from, Math.min(ids.size(), from + IDS))), sources);
		}
		return sources;
	}

	/** Deletes those of {@code candidates} (Source ids of earlier runs) that nothing names any more. */
	void dropUnusedSources(String run, Collection<String> candidates) {
		if (!candidates.isEmpty()) {
			this.transactions.executeWithoutResult((status) -> this.client.query(WriteStatements.deleteUnusedSources(this.schema))
				.bindAll(Map.of("run", run, "sources", List.copyOf(candidates))).run());
		}
	}

	/** Every Source node of a run, for finishing a replacement whose candidates were lost with its process. */
	List<String> runSources() {
		return List.copyOf(this.client.query(WriteStatements.runSources(this.schema)).fetchAs(String.class).all());
	}

	/** Deletes what a run wrote, its Source node included; returns the relationships deleted. */
	long undo(String run) {
		long undone = 0;
		for (long deleted = LIMIT; deleted == LIMIT;) {
			deleted = delete(WriteStatements.deleteRun(this.schema), Map.of("run", run, "limit", LIMIT), new LinkedHashSet<>());
			undone += deleted;
		}
		this.transactions.executeWithoutResult((status) -> this.client.query(WriteStatements.deleteSource(this.schema))
			.bind(run).to("run").run());
		return undone;
	}

	private long delete(String statement, Map<String, Object> parameters, Set<String> sources) {
		Long deleted = this.transactions.execute((status) -> this.client.query(statement).bindAll(parameters).fetch().one()
			.map((row) -> {
				((List<?>) row.get("sources")).forEach((source) -> sources.add(String.valueOf(source)));
				return ((Number) row.get("deleted")).longValue();
			})
			.orElse(0L));
		return (deleted != null) ? deleted : 0;
	}

}
