package io.normgraph.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;

import io.normgraph.schema.Schema;

/**
 * Makes what an import staged part of the graph, in transactions of at most {@code chunk}
 * staged rows ({@code normgraph.import.publish-chunk}, {@link #CHUNK} unless set), so its memory
 * does not grow with the corpus. Every step takes staged rows, applies them and deletes them in
 * one transaction, so a step either happened or did not, and publishing that stopped half-way
 * (a crash) is finished by running it again: changed nodes, then new nodes, then every other
 * change (relationships created, changed or removed, nodes removed). Readers wait at the
 * {@link io.normgraph.system.ReadGate} meanwhile.
 */
final class CorpusPublisher {

	private static final Log logger = LogFactory.getLog(CorpusPublisher.class);

	/** Transactions that publish new nodes at once (the machine this was measured on has two cores). */
	static final int PARTS = 2;

	/** Staged rows per publishing transaction unless {@code normgraph.import.publish-chunk} says otherwise. */
	static final int CHUNK = 10_000;

	private final int chunk;

	private final Neo4jClient client;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	CorpusPublisher(Neo4jClient client, TransactionTemplate transactions, ApplicationEventPublisher events, int chunk) {
		this.client = client;
		this.chunk = chunk;
		this.transactions = transactions;
		this.events = events;
	}

	/** Publishes everything staged; {@code progress} is told each step's staged rows. */
	long publish(String corpus, boolean remove, LongConsumer progress) {
		long start = System.nanoTime();
		long published = 0;
		for (long done = step(this::existing); done > 0; done = step(this::existing)) {
			published += done;
			progress.accept(done);
		}
		published += createdInParallel(progress);
		for (long done = step(this::created); done > 0; done = step(this::created)) {
			published += done;
			progress.accept(done);
		}
		for (long done = step(this::changes); done > 0; done = step(this::changes)) {
			published += done;
			progress.accept(done);
		}
		if (remove) {
			this.client.query(CorpusStatements.DELETE_CORPUS).bind(corpus).to("id").run();
		}
		ImportJournal.end(this.client);
		logger.info("Published corpus " + corpus + ": " + published + " staged rows in "
				+ (System.nanoTime() - start) / 1_000_000 + " ms");
		return published;
	}

	private long step(java.util.function.LongSupplier work) {
		Long done = this.transactions.execute((status) -> work.getAsLong());
		return (done != null) ? done : 0;
	}

	/** Rows for nodes in the graph: the changed ones applied, all of them dropped. */
	private long existing() {
		List<Object> elements = new ArrayList<>();
		List<Map<String, Object>> updates = new ArrayList<>();
		this.client.query(StagingStatements.EXISTING).bind(this.chunk).to("limit").fetch().all().forEach((row) -> {
			elements.add(row.get("element"));
			Map<String, Object> staged = new HashMap<>((Map<String, Object>) row.get("s"));
			if (Boolean.TRUE.equals(staged.get("__update"))) {
				List<Map<String, Object>> others = NodeStager.JSON.readValue(String.valueOf(staged.get("__others")),
						new TypeReference<List<Map<String, Object>>>() {
						});
				NodeStager.META.forEach(staged::remove);
				updates.add(Map.of("id", staged.get("id"), "properties", staged, "others", others));
			}
		});
		if (!updates.isEmpty()) {
			this.client.query(CorpusStatements.UPDATE_NODES).bind(updates).to("rows").run();
		}
		drop(elements);
		return elements.size();
	}

	/**
	 * New nodes, by {@link #PARTS} transactions at once, each on its own share of them: giving a
	 * node its labels is the database's work (index and full-text updates), which one
	 * transaction does on one core. What a share leaves (none normally) the caller publishes after.
	 */
	private long createdInParallel(LongConsumer progress) {
		return Shares.run(PARTS, (share) -> {
			long published = 0;
			for (long done = step(() -> created(share)); done > 0; done = step(() -> created(share))) {
				published += done;
				progress.accept(done);
			}
			return published;
		});
	}

	private long created(int part) {
		return this.client.query(StagingStatements.PUBLISH_NODES_PART)
			.bindAll(Map.of("parts", PARTS, "part", part, "limit", this.chunk))
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
	}

	/** A chunk of new nodes given their labels. */
	private long created() {
		return this.client.query(StagingStatements.PUBLISH_NODES).bind(this.chunk).to("limit").fetchAs(Long.class).one().orElse(0L);
	}

	/** A chunk of the other changes, applied by kind and type, then dropped. */
	private long changes() {
		List<Object> elements = new ArrayList<>();
		Map<String, List<Map<String, Object>>> groups = new LinkedHashMap<>();
		this.client.query(StagingStatements.CHANGES).bind(this.chunk).to("limit").fetch().all().forEach((row) -> {
			elements.add(row.get("element"));
			Map<String, Object> change = new HashMap<>((Map<String, Object>) row.get("c"));
			String kind = String.valueOf(change.remove("__kind"));
			String type = String.valueOf(change.remove("__type"));
			String from = String.valueOf(change.remove("__from"));
			String to = String.valueOf(change.remove("__to"));
			change.remove("__key");
			change.remove("__at");
			if (!kind.equals("keep")) {
				groups.computeIfAbsent(kind + " " + type, (key) -> new ArrayList<>()).add(parameters(kind, from, to, change));
			}
		});
		groups.forEach((group, rows) -> {
			String kind = group.substring(0, group.indexOf(' '));
			String type = group.substring(group.indexOf(' ') + 1);
			if (kind.equals("deleteNode")) {
				// Inside this transaction: what hangs on these nodes elsewhere is cleaned in the same commit.
				this.events.publishEvent(new CorpusImporter.NodesRemoving(rows.stream().map((row) -> (String) row.get("id")).toList()));
			}
			this.client.query(statement(kind, type)).bind(rows).to("rows").run();
		});
		drop(elements);
		return elements.size();
	}

	private static Map<String, Object> parameters(String kind, String from, String to, Map<String, Object> properties) {
		if (kind.equals("deleteNode")) {
			return Map.of("id", from);
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("source", properties.get("source"));
		parameters.put("locator", properties.get("locator"));
		parameters.put(Schema.CORPUS, properties.get(Schema.CORPUS));
		parameters.put("properties", properties);
		return parameters;
	}

	private static String statement(String kind, String type) {
		return switch (kind) {
			case "create" -> CorpusStatements.createRelationships(type).getCypher();
			case "update" -> CorpusStatements.updateRelationships(type).getCypher();
			case "deleteRelationship" -> CorpusStatements.deleteRelationships(type).getCypher();
			case "deleteNode" -> "UNWIND $rows AS row MATCH (n:Entity {id: row.id}) DETACH DELETE n";
			default -> throw new IllegalStateException("unknown staged change " + kind);
		};
	}

	private void drop(List<Object> elements) {
		if (!elements.isEmpty()) {
			this.client.query(StagingStatements.DROP).bind(elements).to("elements").run();
		}
	}

	/** Removes everything staged, a bounded step per transaction; the graph is as it was. */
	long removeStaged() {
		long removed = 0;
		for (String cypher : List.of(StagingStatements.REMOVE_STAGED, StagingStatements.REMOVE_CHANGES)) {
			for (long deleted = this.chunk; deleted == this.chunk;) {
				deleted = this.client.query(cypher).bind(this.chunk).to("limit").fetchAs(Long.class).one().orElse(0L);
				removed += deleted;
			}
		}
		return removed;
	}

}
