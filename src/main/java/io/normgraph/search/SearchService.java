package io.normgraph.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

import io.normgraph.graph.GraphNode;
import io.normgraph.system.BadParameterException;
import io.normgraph.system.Parameters;
import io.normgraph.time.AsOf;

/**
 * Ranked full-text search over names, verbatim text, headings, summaries and quotes, through
 * the {@code entity_text} index (migration V0002).
 */
@Service
public class SearchService {

	static final int DEFAULT_LIMIT = 20;

	static final int MAX_LIMIT = 100;

	static final int MAX_QUERY_LENGTH = 500;

	static final String SEARCH = """
			CALL db.index.fulltext.queryNodes('entity_text', $q) YIELD node, score
			WHERE %s
			RETURN node, score ORDER BY score DESC, node.id LIMIT $limit""".formatted(AsOf.holds("node"));

	private final Neo4jClient client;

	SearchService(Neo4jClient client) {
		this.client = client;
	}

	public List<SearchHit> search(@Nullable String q, @Nullable Integer limit) {
		return search(q, limit, null);
	}

	/** Hits that hold as of the date, if one is given (undated ones marked). */
	public List<SearchHit> search(@Nullable String q, @Nullable Integer limit, @Nullable String asOf) {
		if (q == null || q.isBlank()) {
			throw new BadParameterException("q", "q is required");
		}
		if (q.length() > MAX_QUERY_LENGTH) {
			throw new BadParameterException("q", "q must be at most " + MAX_QUERY_LENGTH + " characters");
		}
		int checkedLimit = Parameters.bounded(limit, DEFAULT_LIMIT, 1, MAX_LIMIT, "limit");
		AsOf day = AsOf.parse(asOf);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("q", LuceneQuery.escape(q));
		parameters.put("limit", checkedLimit);
		parameters.put(AsOf.PARAMETER, AsOf.parameter(day));
		return List.copyOf(this.client.query(SEARCH)
			.bindAll(parameters)
			.fetchAs(SearchHit.class)
			.mappedBy((types, record) -> new SearchHit(AsOf.mark(day, GraphNode.of(record.get("node").asNode())),
					record.get("score").asDouble()))
			.all());
	}

}
