package io.normgraph.search;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import io.normgraph.graph.Omitted;

/**
 * Search results, best first: {@code {hits}}, with {@code truncated} true when more nodes
 * matched than the limit let through, and then {@code omitted.nodes} how many.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchHits(List<SearchHit> hits, boolean truncated, @Nullable Omitted omitted) {

	public SearchHits(List<SearchHit> hits, long omitted) {
		this(hits, omitted > 0, (omitted > 0) ? new Omitted(omitted, 0) : null);
	}

}
