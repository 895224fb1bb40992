package io.normgraph.search;

import java.util.List;

/** The REST envelope of search results: {@code {hits}}, best first. */
public record SearchHits(List<SearchHit> hits) {
}
