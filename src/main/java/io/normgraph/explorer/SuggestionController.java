package io.normgraph.explorer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.normgraph.graph.GraphNode;
import io.normgraph.search.SearchRequest;
import io.normgraph.search.SearchService;

/**
 * {@code GET /explorer/suggestions?q=&corpus=}: what the search box offers as the user types,
 * optionally within one corpus. Ids
 * and names that start with or contain the text come first (full-text search does not look
 * at ids), then full-text hits in names, quotes and summaries.
 */
@RestController
class SuggestionController {

	static final int LIMIT = 12;

	private final SearchService search;

	SuggestionController(SearchService search) {
		this.search = search;
	}

	@GetMapping("/explorer/suggestions")
	Suggestions suggestions(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String corpus) {
		String text = (q != null) ? q.strip() : "";
		if (text.isEmpty() || text.length() > 200) {
			return new Suggestions(List.of());
		}
		Map<String, GraphNode> found = new LinkedHashMap<>();
		this.search.byIdOrName(text, LIMIT, corpus).forEach((node) -> found.putIfAbsent(node.id(), node));
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
