package io.normgraph.explorer;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.normgraph.graph.GraphNode;
import io.normgraph.search.SearchRequest;
import io.normgraph.search.SearchService;
import io.normgraph.system.Parameters;

/**
 * {@code GET /explorer/suggestions?q=&corpus=}: what the search box offers as the user types,
 * optionally within one corpus. Ids
 * and names that start with or contain the text come first (full-text search does not look
 * at ids), then full-text hits in names, quotes and summaries.
 */
@RestController
class SuggestionController {

	static final int LIMIT = 12;

	private static final String BY_ID_OR_NAME = """
			MATCH (n:Entity)
			WHERE (n.id STARTS WITH $q OR n.id CONTAINS $q OR toLower(n.name) CONTAINS $q)
			  AND ($corpus IS NULL OR $corpus IN n.corpora)
			RETURN n
			ORDER BY n.id = $q DESC, n.id STARTS WITH $q DESC, size(n.id), n.id
			LIMIT $limit""";

	private final Neo4jClient client;

	private final SearchService search;

	SuggestionController(Neo4jClient client, SearchService search) {
		this.client = client;
		this.search = search;
	}

	@GetMapping("/explorer/suggestions")
	Suggestions suggestions(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String corpus) {
		String text = (q != null) ? q.strip() : "";
		if (text.isEmpty() || text.length() > 200) {
			return new Suggestions(List.of());
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("q", text.toLowerCase(java.util.Locale.ROOT));
		parameters.put("limit", LIMIT);
		parameters.put("corpus", Parameters.optionalId(corpus, "corpus"));
		Map<String, GraphNode> found = new LinkedHashMap<>();
		this.client.query(BY_ID_OR_NAME)
			.bindAll(parameters)
			.fetchAs(GraphNode.class)
			.mappedBy((types, record) -> GraphNode.of(record.get("n").asNode()))
			.all()
			.forEach((node) -> found.putIfAbsent(node.id(), node));
		if (found.size() < LIMIT) {
			this.search.search(SearchRequest.of(text).withLimit(LIMIT).withCorpus(corpus).withFields("minimal"))
				.hits()
				.forEach((hit) -> found.putIfAbsent(hit.node().id(), hit.node()));
		}
		return new Suggestions(found.values().stream().limit(LIMIT).map(Suggestion::of).toList());
	}

	record Suggestions(List<Suggestion> suggestions) {
	}

	record Suggestion(String id, String name, List<String> labels) {

		static Suggestion of(GraphNode node) {
			return new Suggestion(node.id(), node.name(), node.labels());
		}

	}

}
