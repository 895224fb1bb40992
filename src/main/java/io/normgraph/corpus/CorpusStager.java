package io.normgraph.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;

import io.normgraph.corpus.CorpusRows.NodeRow;
import io.normgraph.corpus.CorpusRows.RelationshipRow;
import io.normgraph.corpus.References.Reference;

/**
 * Reads a corpus row by row and stages it in batches ({@link NodeStager},
 * {@link RelationshipStager}), then checks what no batch could ({@link #finish}): references to
 * ids defined after the row that names them, and what a new version (or a removal) no longer
 * asserts ({@link RemovedStager}). Nothing it holds grows with the corpus.
 */
final class CorpusStager implements CsvCorpusParser.RowSink, AutoCloseable {

	private final StagingRun run;

	private final Driver driver;

	private final StagingWrites writes;

	private final References.Resolver resolver;

	private final NodeStager nodes;

	private final RelationshipStager relationships;

	private final List<NodeRow> nodeBatch = new ArrayList<>();

	private final List<RelationshipRow> relationshipBatch = new ArrayList<>();

	private final List<RelationshipRow> claims = new ArrayList<>();

	private final TimeChecks time;

	private boolean readingRelationships;

	CorpusStager(StagingRun run, Driver driver) {
		this.run = run;
		this.driver = driver;
		this.writes = new StagingWrites(driver);
		this.resolver = new References.Resolver(run, this.writes);
		this.nodes = new NodeStager(run, this.resolver, this.writes);
		this.relationships = new RelationshipStager(run, this.resolver, this.writes);
		this.time = new TimeChecks(run.schema, run.problems);
	}

	@Override
	public void node(NodeRow row) {
		count(row.origin());
		this.time.node(row);
		this.nodeBatch.add(row);
		if (this.nodeBatch.size() == StagingRun.BATCH) {
			flushNodes();
		}
	}

	@Override
	public void relationship(RelationshipRow row) {
		count(row.origin());
		this.time.relationship(row);
		if (!this.readingRelationships) {
			startRelationships();
		}
		if (!this.relationshipBatch.isEmpty() && !this.relationshipBatch.get(0).type().equals(row.type())) {
			flushRelationships();
		}
		this.relationshipBatch.add(row);
		if (this.relationshipBatch.size() == StagingRun.BATCH) {
			flushRelationships();
		}
	}

	@Override
	public void fileDone(String path) {
		flushNodes();
		flushRelationships();
	}

	/** Everything read: the checks across rows, and what the corpus no longer asserts. */
	void finish() {
		fileDone("");
		startRelationships();
		this.writes.drain();
		this.time.finish();
		this.run.progress.phase(ImportProgress.CHECK, 0, null);
		this.run.progress.advance(0);
		unresolved();
		check(new ArrayList<>(this.run.duplicateReferences));
		new RemovedStager(this.run, this.driver).stage();
	}

	/** Relationship rows come after every node row (and the claims they brought): ids are final. */
	private void startRelationships() {
		if (this.readingRelationships) {
			return;
		}
		this.readingRelationships = true;
		this.writes.drain(); // a relationship's ends are looked up among the staged rows
		this.resolver.forget();
		for (int start = 0; start < this.claims.size(); start += StagingRun.BATCH) {
			List<RelationshipRow> claims = this.claims.subList(start, Math.min(this.claims.size(), start + StagingRun.BATCH));
			this.relationships.stage(claims.get(0).type(), claims);
		}
		this.claims.clear();
	}

	/** Waits for the staging statements still running; the threads that ran them stop. */
	@Override
	public void close() {
		this.writes.close();
	}

	private void flushNodes() {
		if (!this.nodeBatch.isEmpty()) {
			this.claims.addAll(this.nodes.stage(this.nodeBatch));
			this.run.progress.advance(this.nodeBatch.size());
			this.nodeBatch.clear();
		}
	}

	private void flushRelationships() {
		if (!this.relationshipBatch.isEmpty()) {
			this.relationships.stage(this.relationshipBatch.get(0).type(), this.relationshipBatch);
			this.run.progress.advance(this.relationshipBatch.size());
			this.relationshipBatch.clear();
		}
	}

	private void count(CorpusRows.Origin origin) {
		this.run.rows.merge(origin.file(), 1, Integer::sum);
	}

	/** Rows whose references named ids not known yet when they were read: known now, or never. */
	private void unresolved() {
		for (String label : this.run.schema.labels().keySet()) {
			List<String> properties = References.declared(this.run.schema, label);
			if (properties.isEmpty()) {
				continue;
			}
			List<Reference> batch = new ArrayList<>();
			try (var session = this.driver.session()) {
				var result = session.run(StagingStatements.UNRESOLVED,
						Map.of("properties", properties, "label", label));
				result.forEachRemaining((record) -> {
					CorpusRows.Origin origin = this.run.origins.of(record.get("at").asLong());
					List<Object> ids = record.get("ids").asList();
					for (int i = 0; i < properties.size(); i++) {
						if (ids.get(i) instanceof String id) {
							batch.add(new Reference(properties.get(i), id, References.label(this.run.schema, label, properties.get(i)),
									origin));
						}
					}
					if (batch.size() >= StagingRun.BATCH) {
						check(batch);
					}
				});
			}
			check(batch);
		}
	}

	private void check(List<Reference> references) {
		this.resolver.resolve(references.stream().map(Reference::id).collect(Collectors.toSet()));
		this.resolver.check(references, true);
		this.run.progress.advance(references.size());
		references.clear();
	}

}
