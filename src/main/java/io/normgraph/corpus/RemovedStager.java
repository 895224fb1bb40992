package io.normgraph.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import io.normgraph.graph.GraphRelationship;
import io.normgraph.schema.Schema;

/**
 * What a new version of a corpus (or its removal) no longer asserts, found by streaming what the
 * graph says the corpus asserted and asking the staged rows, a batch at a time, whether they still
 * do: nodes it alone asserted are deleted, shared ones keep the other corpora's values
 * ({@link Sharing#retract}), relationships it asserted are deleted. A node may only go when no
 * other corpus still relates it to something.
 */
final class RemovedStager {

	private final StagingRun run;

	private final Driver driver;

	RemovedStager(StagingRun run, Driver driver) {
		this.run = run;
		this.driver = driver;
	}

	void stage() {
		if (!this.run.imported) {
			return;
		}
		stream(GraphLookups.PREVIOUS_NODES, (batch) -> nodes(batch.stream().map((record) -> record.get("id").asString()).toList()));
		stream(GraphLookups.PREVIOUS_RELATIONSHIPS, this::relationships);
	}

	private void stream(String cypher, java.util.function.Consumer<List<Record>> work) {
		try (Session session = this.driver.session()) {
			List<Record> batch = new ArrayList<>();
			session.run(cypher, Map.of("corpus", this.run.corpus)).forEachRemaining((record) -> {
				batch.add(record);
				if (batch.size() == StagingRun.BATCH) {
					work.accept(batch);
					this.run.progress.advance(batch.size());
					batch.clear();
				}
			});
			work.accept(batch);
			this.run.progress.advance(batch.size());
		}
	}

	private void nodes(List<String> ids) {
		if (ids.isEmpty()) {
			return;
		}
		List<String> leaving = new ArrayList<>();
		this.run.lookup(StagingStatements.STILL_STAGED, "ids", ids).forEach((id, row) -> {
			if (!Boolean.TRUE.equals(((Map<?, ?>) row).get("kept"))) {
				leaving.add(id);
			}
		});
		List<Map<String, Object>> staged = new ArrayList<>();
		List<Map<String, Object>> changes = new ArrayList<>();
		List<String> deleted = new ArrayList<>();
		GraphLookups.states(this.run.client, new HashSet<>(leaving)).values().forEach((before) -> {
			this.run.nodes[StagingRun.REMOVED]++;
			NodeState after = Sharing.retract(before, this.run.corpus);
			if (after == null) {
				deleted.add(before.id());
				changes.add(Map.of("__kind", "deleteNode", "__key", "node " + before.id(), "__from", before.id()));
			}
			else {
				Map<String, Object> properties = NodeStager.updated(NodeStager.dated(this.run.schema, after));
				staged.add(Map.of("properties", properties, "existing", true, "unresolved", false));
			}
		});
		if (!deleted.isEmpty()) {
			this.run.client.query(CorpusStatements.STILL_USED)
				.bindAll(Map.of("ids", deleted, "corpus", this.run.corpus))
				.fetch()
				.all()
				.forEach((row) -> this.run.problems.add(new ImportProblem(ImportProblem.GRAPH, 0, null, "'" + row.get("id")
						+ "' would be removed with corpus '" + this.run.corpus + "', but corpus '" + row.get("corpus")
						+ "' relates it to '" + row.get("other") + "' (" + row.get("type")
						+ "); remove or re-import that corpus first")));
			this.run.client.query(StagingStatements.STAGE_CHANGES).bind(changes).to("rows").run();
		}
		if (!staged.isEmpty()) {
			this.run.client.query(StagingStatements.STAGE_NODES).bind(staged).to("rows").run();
		}
	}

	private void relationships(List<Record> batch) {
		if (batch.isEmpty()) {
			return;
		}
		Map<String, Map<String, Object>> previous = new HashMap<>();
		for (Record record : batch) {
			Map<String, Object> properties = record.get("properties").asMap();
			String key = GraphRelationship.key(record.get("type").asString(), record.get("from").asString(),
					record.get("to").asString(), properties.get("source"), properties.get("locator"));
			Map<String, Object> change = new HashMap<>();
			change.put("__kind", "deleteRelationship");
			change.put("__type", record.get("type").asString());
			change.put("__from", record.get("from").asString());
			change.put("__to", record.get("to").asString());
			change.put("__key", "removed " + key);
			change.put("source", properties.get("source"));
			change.put("locator", properties.get("locator"));
			change.put(Schema.CORPUS, this.run.corpus);
			previous.put(key, change);
		}
		List<Map<String, Object>> changes = new ArrayList<>();
		this.run.lookup(StagingStatements.STILL_CHANGED, "keys", List.copyOf(previous.keySet())).forEach((key, row) -> {
			if (!Boolean.TRUE.equals(((Map<?, ?>) row).get("kept"))) {
				changes.add(previous.get(key));
				this.run.relationships[StagingRun.REMOVED]++;
			}
		});
		this.run.client.query(StagingStatements.STAGE_CHANGES).bind(changes).to("rows").run();
	}

}
