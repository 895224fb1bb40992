package io.normgraph.reuse.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import io.normgraph.corpus.CorpusImporter.CorpusChanged;
import io.normgraph.corpus.CorpusImporter.NodesRemoving;
import io.normgraph.schema.SchemaRegistry;
import io.normgraph.system.MemoryFaults;

/**
 * Text reuse follows every import (docs/reuse.md, "After every import"): once an import or
 * removal is published, a run compares the provisions it created or changed with everything
 * ({@link ReuseService#runAfterImport}), in its own transaction; a failed run is one log line and
 * the import stands. A run whose index would not fit in the heap ({@link DetectionBudget}) is not
 * started: one log line says so and which command, with which heap, detects it later.
 * {@code normgraph.reuse.after-import=false} turns it off. Whatever the
 * setting, provisions being deleted take the roll-up of their instruments with them, in the
 * deleting transaction, so that no roll-up counts findings that are gone.
 */
@Component
class ReuseAfterImport {

	private static final Log logger = LogFactory.getLog(ReuseAfterImport.class);

	private final ReuseService reuse;

	private final KeptIndex kept;

	private final Neo4jClient client;

	private final SchemaRegistry schemas;

	/** Volatile: the benchmarks of this package turn it on for one import ({@link #enabled(boolean)}). */
	private volatile boolean enabled;

	private final DetectionBudget budget;

	@Autowired
	ReuseAfterImport(ReuseService reuse, KeptIndex kept, Neo4jClient client, SchemaRegistry schemas,
			@Value("${normgraph.reuse.after-import:true}") boolean enabled) {
		this(reuse, kept, client, schemas, enabled, DetectionBudget.ofThisProcess());
	}

	ReuseAfterImport(ReuseService reuse, KeptIndex kept, Neo4jClient client, SchemaRegistry schemas, boolean enabled,
			DetectionBudget budget) {
		this.reuse = reuse;
		this.kept = kept;
		this.client = client;
		this.schemas = schemas;
		this.enabled = enabled;
		this.budget = budget;
	}

	/**
	 * Turns detection after imports on or off from now on: what {@code normgraph.reuse.after-import}
	 * sets at start. Package-private, for the benchmarks that import a large corpus without it and
	 * the next one with it (the path a user with the default setting takes).
	 */
	void enabled(boolean on) {
		this.enabled = on;
	}

	@EventListener
	void corpusChanged(CorpusChanged changed) {
		this.kept.graphChanged();
		if (!this.enabled) {
			this.kept.invalidate();
			return;
		}
		String corpus = changed.corpus();
		try {
			String deferred = this.budget.deferred(corpus, changed.removed(),
					GraphProvisions.volume(this.client, ReuseSchema.of(this.schemas.current())));
			if (deferred != null) {
				this.kept.invalidate();
				logger.warn(deferred);
				return;
			}
			ReuseSummary summary = this.reuse.runAfterImport(corpus,
					changed.allProvisionsListed() ? changed.provisions() : null, (progress) -> {
					});
			logger.info(line(summary, corpus));
		}
		catch (RuntimeException | OutOfMemoryError ex) {
			// The run's index was the run's own (taken from the kept one): unwinding released it.
			this.kept.invalidate();
			String what = "Text reuse after the " + (changed.removed() ? "removal" : "import") + " of corpus " + corpus;
			String memory = MemoryFaults.describe(ex, what, false);
			logger.warn((memory != null) ? memory + " The " + (changed.removed() ? "removal" : "import")
					+ " stands; to detect its reuse, run `reuse --corpus=" + corpus + "` with that heap."
					: what + " failed (" + ex.getMessage() + "); the " + (changed.removed() ? "removal" : "import")
							+ " stands, its reuse is not detected: run `reuse --corpus=" + corpus
							+ "` (or POST /api/v1/reuse/runs?corpus=" + corpus + ")");
		}
	}

	/**
	 * Inside the transaction that deletes these nodes: the roll-up relationships of the instrument
	 * pairs whose findings they end are deleted with them (the next run after the import
	 * recomputes them), and the index is told.
	 */
	@EventListener
	void nodesRemoving(NodesRemoving removing) {
		ReuseSchema schema;
		try {
			schema = ReuseSchema.of(this.schemas.current());
		}
		catch (IllegalStateException ex) {
			return; // a schema without the reuse type has no detected reuse to keep true
		}
		List<Map<String, Object>> pairs = new ArrayList<>();
		Set<String> instruments = new HashSet<>();
		this.client.query(RemovalStatements.instrumentPairs(schema)).bind(removing.ids()).to("ids").fetch().all()
			.forEach((row) -> {
				if (row.get("later") instanceof String later && row.get("earlier") instanceof String earlier) {
					pairs.add(Map.of("later", later, "earlier", earlier));
					instruments.add(later);
					instruments.add(earlier);
				}
			});
		if (!pairs.isEmpty()) {
			this.client.query(RemovalStatements.deleteRollups(schema)).bind(pairs).to("pairs").run();
		}
		this.kept.removing(removing.ids(), instruments);
	}

	static String line(ReuseSummary summary, String corpus) {
		if (summary.empty() && summary.instrumentRelationships() == 0) {
			return "Text reuse after the import of corpus " + corpus
					+ ": no new or changed provision with text, nothing compared";
		}
		return String.format(Locale.ROOT,
				"Text reuse after the import of corpus %s: compared %d new or changed provisions (%d without text, %d too short) in %.1f s; run %s kept %d provision-level and %d instrument-level reuse relationships",
				corpus, summary.run().compared(), summary.run().withoutText(), summary.run().tooShort(),
				summary.totalMillis() / 1000.0, summary.id(), summary.provisionRelationships(),
				summary.instrumentRelationships());
	}

}
