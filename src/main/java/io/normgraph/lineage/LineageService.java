package io.normgraph.lineage;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

import io.normgraph.graph.GraphResult;
import io.normgraph.system.NotFoundException;
import io.normgraph.system.Parameters;

/**
 * Lineage through {@link Neo4jClient} with statements built by {@link LineageQueries}, each
 * rendered once: rendering took about a seventh of a request's CPU when profiled, and there
 * are only two directions times the allow-list's type sets times six depths of them.
 */
@Service
public class LineageService {

	static final int DEFAULT_DEPTH = 3;

	static final int MAX_DEPTH = 6;

	private final Neo4jClient client;

	private final Map<Variant, String> statements = new ConcurrentHashMap<>();

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
			run(cypher(new Variant(true, checkedTypes, checkedDepth)), id, true, assembler);
		}
		if (checkedDirection != Direction.UPSTREAM) {
			run(cypher(new Variant(false, checkedTypes, checkedDepth)), id, false, assembler);
		}
		return assembler.result();
	}

	private String cypher(Variant variant) {
		return this.statements.computeIfAbsent(variant, (key) -> (key.upstream()
				? LineageQueries.upstream(key.types(), key.depth()) : LineageQueries.downstream(key.types(), key.depth()))
			.getCypher());
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

	private record Variant(boolean upstream, Set<LineageType> types, int depth) {
	}

}
