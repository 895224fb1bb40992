package io.normgraph.search;

import org.jspecify.annotations.Nullable;

/**
 * A search as the caller gives it (REST and GraphQL alike); {@link SearchService} checks every
 * value. Built with {@link #of} and the {@code with…} methods, so a new option is one more
 * component and method, not a new signature everywhere.
 *
 * @param q the words to look for
 * @param limit most hits
 * @param corpus only nodes this corpus asserts
 * @param fields all or minimal ({@link io.normgraph.graph.Fields})
 * @param asOf only nodes that hold on this date ({@link io.normgraph.time.AsOf})
 */
public record SearchRequest(@Nullable String q, @Nullable Integer limit, @Nullable String corpus,
		@Nullable String fields, @Nullable String asOf) {

	public static SearchRequest of(@Nullable String q) {
		return new SearchRequest(q, null, null, null, null);
	}

	public SearchRequest withLimit(@Nullable Integer limit) {
		return new SearchRequest(this.q, limit, this.corpus, this.fields, this.asOf);
	}

	public SearchRequest withCorpus(@Nullable String corpus) {
		return new SearchRequest(this.q, this.limit, corpus, this.fields, this.asOf);
	}

	public SearchRequest withFields(@Nullable String fields) {
		return new SearchRequest(this.q, this.limit, this.corpus, fields, this.asOf);
	}

	public SearchRequest withAsOf(@Nullable String asOf) {
		return new SearchRequest(this.q, this.limit, this.corpus, this.fields, asOf);
	}

}
