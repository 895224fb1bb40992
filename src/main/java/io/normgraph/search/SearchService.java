package io.normgraph.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

import io.normgraph.graph.Fields;
import io.normgraph.graph.GraphNode;
import io.normgraph.system.BadParameterException;
import io.normgraph.system.Parameters;
import io.normgraph.time.AsOf;

/**
 * Ranked full-text search over names and every text property of the schema, through the
 * {@code entity_text} index ({@link SearchIndex}), optionally within one corpus. The database
 * returns one hit more than the limit, so a full page is known to be cut without counting; only
 * then does a second statement count every match.
 */
@Service
public class SearchService {

	static final int DEFAULT_LIMIT = 20;

	static final int MAX_LIMIT = 100;

	static final int MAX_QUERY_LENGTH = 500;

	static final String SEARCH = """
			CALL db.index.fulltext.queryNodes('entity_text', $q) YIELD node, score
			WHERE ($corpus IS NULL OR $corpus IN node.corpora) AND %s
			RETURN node, score ORDER BY score DESC, node.id LIMIT $limit""".formatted(AsOf.holds("node"));

	static final String BY_ID_OR_NAME = """
			MATCH (n:Entity)
			WHERE (n.id STARTS WITH $q OR n.id CONTAINS $q OR toLower(n.name) CONTAINS $q)
			  AND ($corpus IS NULL OR $corpus IN n.corpora)
			RETURN n
			ORDER BY n.id = $q DESC, n.id STARTS WITH $q DESC, size(n.id), n.id
			LIMIT $limit""";

	static final String COUNT = """
			CALL db.index.fulltext.queryNodes('entity_text', $q) YIELD node
			WHERE ($corpus IS NULL OR $corpus IN node.corpora) AND %s
			RETURN count(node) AS total""".formatted(AsOf.holds("node"));

	private final Neo4jClient client;

	SearchService(Neo4jClient client) {
		this.client = client;
	}

	/**
	 * Nodes whose id starts with or contains the text, or whose name contains it, ignoring
	 * case, optionally within one corpus: the exact id first, then ids that start with it,
	 * shortest first.
	 */
	public List<GraphNode> byIdOrName(String text, int limit, @Nullable String corpus) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("q", text.toLowerCase(Locale.ROOT));
		parameters.put("limit", limit);
		parameters.put("corpus", Parameters.optionalId(corpus, "corpus"));
		return List.copyOf(this.client.query(BY_ID_OR_NAME)
			.bindAll(parameters)
			.fetchAs(GraphNode.class)
			.mappedBy((types, record) -> GraphNode.of(record.get("n").asNode()))
			.all());
	}

	public SearchHits search(SearchRequest request) {
		String q = request.q();
		if (q == null || q.isBlank()) {
			throw new BadParameterException("q", "q is required");
		}
		if (q.length() > MAX_QUERY_LENGTH) {
			throw new BadParameterException("q", "q must be at most " + MAX_QUERY_LENGTH + " characters");
		}
		int limit = Parameters.bounded(request.limit(), DEFAULT_LIMIT, 1, MAX_LIMIT, "limit");
		Fields fields = Fields.parse(request.fields());
		AsOf day = AsOf.parse(request.asOf());
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("q", LuceneQuery.escape(q));
		parameters.put("corpus", Parameters.optionalId(request.corpus(), "corpus"));
		parameters.put("limit", limit + 1);
		parameters.put(AsOf.PARAMETER, AsOf.parameter(day));
		List<SearchHit> hits = new ArrayList<>(this.client.query(SEARCH)
			.bindAll(parameters)
			.fetchAs(SearchHit.class)
			.mappedBy((types, record) -> {
				GraphNode node = AsOf.mark(day, GraphNode.of(record.get("node").asNode()));
				return new SearchHit((fields == Fields.ALL) ? node : node.minimal(), record.get("score").asDouble());
			})
			.all());
		if (hits.size() <= limit) {
			return new SearchHits(List.copyOf(hits), 0);
		}
		long total = this.client.query(COUNT).bindAll(parameters).fetchAs(Long.class).one().orElse(0L);
		return new SearchHits(List.copyOf(hits.subList(0, limit)), total - limit);
	}

}
