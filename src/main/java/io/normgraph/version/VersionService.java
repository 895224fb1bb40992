package io.normgraph.version;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

import io.normgraph.graph.GraphNode;
import io.normgraph.schema.Schema;
import io.normgraph.schema.SchemaRegistry;
import io.normgraph.schema.TypeRole;
import io.normgraph.system.NotFoundException;
import io.normgraph.system.Parameters;
import io.normgraph.time.AsOf;

/**
 * The versions of a text in one statement ({@link VersionQueries}), in order ({@link VersionOrder}).
 * As of a date: the versions dated by then (undated ones kept and marked), the current one being
 * the version in force or in draft at that date. Asked about a version, it answers for its text.
 */
@Service
public class VersionService {

	private final Neo4jClient client;

	private final SchemaRegistry schemas;

	VersionService(Neo4jClient client, SchemaRegistry schemas) {
		this.client = client;
		this.schemas = schemas;
	}

	public Versions versions(String id, @Nullable String asOf) {
		Parameters.id(id, "id");
		AsOf day = AsOf.parse(asOf);
		Schema schema = this.schemas.current();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put(AsOf.PARAMETER, AsOf.parameter(day));
		List<Record> rows = List.copyOf(this.client
			.query(VersionQueries.versions(schema.typesWith(TypeRole.VERSION), schema.typesWith(TypeRole.SUCCESSION),
					day != null))
			.bindAll(parameters)
			.fetchAs(Record.class)
			.mappedBy((types, record) -> record)
			.all());
		if (rows.isEmpty()) {
			throw new NotFoundException("id", id);
		}
		GraphNode text = GraphNode.of(rows.get(0).get("t").asNode());
		Map<String, GraphNode> versions = new LinkedHashMap<>();
		Map<String, List<String>> supersedes = new HashMap<>();
		for (Record row : rows) {
			if (row.get("v").isNull()) {
				continue;
			}
			GraphNode version = AsOf.mark(day, GraphNode.of(row.get("v").asNode()));
			versions.put(version.id(), version);
			supersedes.put(version.id(), row.get("supersedes").asList((value) -> value.asString()));
		}
		return new Versions(text, VersionOrder.order(versions, supersedes));
	}

}
