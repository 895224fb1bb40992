package io.normgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.normgraph.export.GraphWriter.GraphSink;
import io.normgraph.graph.GraphNode;
import io.normgraph.graph.GraphRelationship;
import io.normgraph.schema.SchemaRegistry;
import io.normgraph.system.NotFoundException;
import io.normgraph.time.AsOf;

/**
 * Streams the whole graph, or a subgraph, from the database into a {@link GraphWriter}: rows are
 * read from the driver's record stream (a thousand at a time) in one read transaction and written
 * as they come. What is held: for the whole graph, the relationships of a start node and of the
 * few whose ids begin its id ({@link KeyOrder}); for a subgraph, also the ids of its nodes (to
 * keep only relationships between them), and one batch of relationships.
 */
@Service
class GraphExport {

	/** How many start nodes' relationships a subgraph reads per statement. */
	static final int BATCH = 500;

	private final Neo4jClient client;

	private final SchemaRegistry schemas;

	GraphExport(Neo4jClient client, SchemaRegistry schemas) {
		this.client = client;
		this.schemas = schemas;
	}

	/** Where the file goes, opened once the export is sure to begin (so errors before are still answers). */
	interface Target {

		OutputStream open() throws IOException;

	}

	/**
	 * Writes the export. Fails before opening the target when the root is not in the graph or
	 * the database refuses the first statement.
	 */
	@Transactional(readOnly = true)
	public void write(SubgraphSpec spec, @Nullable AsOf asOf, GraphWriter writer, Target target) throws IOException {
		ExportColumns columns = ExportColumns.of(this.schemas.current(), spec, asOf != null);
		// The transaction's runner, not delegateTo, which logs a warning for every exception it
		// cannot translate (a missing root, a client that left).
		QueryRunner runner = this.client.getQueryRunner();
		try {
			write(runner, spec, asOf, columns, writer, target);
		}
		finally {
			close(runner);
		}
	}

	private static void close(QueryRunner runner) throws IOException {
		try {
			runner.close();
		}
		catch (IOException | RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void write(QueryRunner runner, SubgraphSpec spec, @Nullable AsOf asOf, ExportColumns columns,
			GraphWriter writer, Target target) throws IOException {
		String root = spec.root();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put(AsOf.PARAMETER, AsOf.parameter(asOf));
		parameters.put("root", root);
		Result nodes = runner.run((root != null) ? SubgraphQueries.nodesAround(spec, asOf != null)
				: SubgraphQueries.allNodes(asOf != null), parameters);
		// The database has answered: a failure up to here is still an error response. A subgraph
		// holds at least its root (depth 0), so none means no root.
		if (!nodes.hasNext() && root != null) {
			throw (asOf != null) ? NotFoundException.because("root",
					"'" + root + "' does not exist or is not part of the graph as of " + asOf.text())
					: new NotFoundException("root", root);
		}
		GraphSink sink = writer.open(target.open(), columns);
		List<String> ids = new ArrayList<>();
		while (nodes.hasNext()) {
			GraphNode node = AsOf.mark(asOf, GraphNode.of(nodes.next().get("n").asNode()));
			sink.node(node);
			if (root != null) {
				ids.add(node.id());
			}
		}
		KeyOrder order = new KeyOrder();
		if (root != null) {
			ids.sort(null); // as the database ordered them, unless it collates an id differently
			relationshipsAmong(runner, spec, asOf, ids, order, sink);
		}
		else {
			allRelationships(runner, spec, asOf, order, sink);
		}
		write(sink, order.finish());
		sink.finish();
	}

	private static void allRelationships(QueryRunner runner, SubgraphSpec spec, @Nullable AsOf asOf, KeyOrder order,
			GraphSink sink) throws IOException {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put(AsOf.PARAMETER, AsOf.parameter(asOf));
		Result result = runner.run(SubgraphQueries.allRelationships(spec, asOf != null), parameters);
		String start = null;
		List<GraphRelationship> group = new ArrayList<>();
		while (result.hasNext()) {
			Record record = result.next();
			String next = record.get("start").asString();
			if (!next.equals(start)) {
				if (start != null) {
					write(sink, order.add(start, group));
				}
				start = next;
				group = new ArrayList<>();
			}
			group.add(relationship(record, asOf));
		}
		if (start != null) {
			write(sink, order.add(start, group));
		}
	}

	/** The relationships whose both ends are in {@code ids} (sorted), read a batch of start nodes at a time. */
	private static void relationshipsAmong(QueryRunner runner, SubgraphSpec spec, @Nullable AsOf asOf, List<String> ids,
			KeyOrder order, GraphSink sink) throws IOException {
		String statement = SubgraphQueries.relationshipsFrom(spec, asOf != null);
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
			Map<String, List<GraphRelationship>> byStart = new HashMap<>();
			Map<String, Object> parameters = new HashMap<>();
			parameters.put(AsOf.PARAMETER, AsOf.parameter(asOf));
			parameters.put("ids", batch);
			Result result = runner.run(statement, parameters);
			while (result.hasNext()) {
				GraphRelationship relationship = relationship(result.next(), asOf);
				if (Collections.binarySearch(ids, relationship.end()) >= 0) {
					byStart.computeIfAbsent(relationship.start(), (key) -> new ArrayList<>()).add(relationship);
				}
			}
			for (String start : batch) {
				List<GraphRelationship> group = byStart.get(start);
				if (group != null) {
					write(sink, order.add(start, group));
				}
			}
		}
	}

	private static GraphRelationship relationship(Record record, @Nullable AsOf asOf) {
		return AsOf.mark(asOf, GraphRelationship.of(record.get("r").asRelationship(), record.get("start").asString(),
				record.get("end").asString()));
	}

	private static void write(GraphSink sink, List<GraphRelationship> relationships) throws IOException {
		for (GraphRelationship relationship : relationships) {
			sink.relationship(relationship);
		}
	}

}
