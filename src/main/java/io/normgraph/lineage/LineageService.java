package io.normgraph.lineage;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

import io.normgraph.graph.GraphResult;
import io.normgraph.system.NotFoundException;
import io.normgraph.system.Parameters;

/**
 * Lineage through {@link Neo4jClient} with statements built by {@link LineageQueries}.
 */
@Service
public class LineageService {

	static final int DEFAULT_DEPTH = 3;

	static final int MAX_DEPTH = 6;

	private final Neo4jClient client;

	LineageService(Neo4jClient client) {
		this.client = client;
	}

	public GraphResult lineage(String id, @Nullable String direction, @Nullable List<String> types,
			@Nullable Integer depth) {
		Parameters.id(id, "id");
		Direction checkedDirection = Direction.parse(direction);
		Set<LineageType> checkedTypes = LineageType.parse(types);
		int checkedDepth = Parameters.bounded(depth, DEFAULT_DEPTH, 1, MAX_DEPTH, "depth");
		LineageAssembler assembler = new LineageAssembler();
		if (checkedDirection != Direction.DOWNSTREAM) {
			run(LineageQueries.upstream(checkedTypes, checkedDepth).getCypher(), id, true, assembler);
		}
		if (checkedDirection != Direction.UPSTREAM) {
			run(LineageQueries.downstream(checkedTypes, checkedDepth).getCypher(), id, false, assembler);
		}
		return assembler.result();
	}

	private void run(String cypher, String id, boolean upstream, LineageAssembler assembler) {
		int rows = this.client.query(cypher).bind(id).to("id").fetchAs(Boolean.class).mappedBy((types, record) -> {
			assembler.add(record, upstream);
			return true;
		}).all().size();
		if (rows == 0) {
			throw new NotFoundException("id", id);
		}
	}

}
