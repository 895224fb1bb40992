package io.normgraph.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

import io.normgraph.graph.GraphNode;
import io.normgraph.system.BadParameterException;
import io.normgraph.system.Parameters;

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
			RETURN node, score ORDER BY score DESC, node.id LIMIT $limit""";

	static final String BY_ID_OR_NAME = """
			MATCH (n:Entity)
			WHERE n.id STARTS WITH $q OR n.id CONTAINS $q OR toLower(n.name) CONTAINS $q
			RETURN n
			ORDER BY n.id = $q DESC, n.id STARTS WITH $q DESC, size(n.id), n.id
			LIMIT $limit""";

	private final Neo4jClient client;

	SearchService(Neo4jClient client) {
		this.client = client;
	}

	/**
	 * Nodes whose id starts with or contains the text, or whose name contains it, ignoring
	 * case: the exact id first, then ids that start with it, shortest first.
	 */
	public List<GraphNode> byIdOrName(String text, int limit) {
		return List.copyOf(this.client.query(BY_ID_OR_NAME)
			.bindAll(Map.of("q", text.toLowerCase(Locale.ROOT), "limit", limit))
			.fetchAs(GraphNode.class)
			.mappedBy((types, record) -> GraphNode.of(record.get("n").asNode()))
			.all());
	}

	public List<SearchHit> search(@Nullable String q, @Nullable Integer limit) {
		if (q == null || q.isBlank()) {
			throw new BadParameterException("q", "q is required");
		}
		if (q.length() > MAX_QUERY_LENGTH) {
			throw new BadParameterException("q", "q must be at most " + MAX_QUERY_LENGTH + " characters");
		}
		int checkedLimit = Parameters.bounded(limit, DEFAULT_LIMIT, 1, MAX_LIMIT, "limit");
		return List.copyOf(this.client.query(SEARCH)
			.bindAll(Map.of("q", LuceneQuery.escape(q), "limit", checkedLimit))
			.fetchAs(SearchHit.class)
			.mappedBy((types, record) -> new SearchHit(GraphNode.of(record.get("node").asNode()),
					record.get("score").asDouble()))
			.all());
	}

}
