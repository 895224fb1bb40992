package io.normgraph.lineage;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a caller asks of a lineage or derived-from walk, as given (REST and GraphQL alike); the
 * services check every value. Built with {@link #of} and the {@code with…} methods, so a new
 * option is one more component here and one more method, not a new signature everywhere.
 * Derived-from reads the id and the walk's options ({@code limit}, {@code fields}); lineage
 * reads them all.
 *
 * @param id the root's id
 * @param direction upstream (default), downstream or both
 * @param types relationship types of the schema, comma-separated or repeated
 * @param depth lineage hops
 * @param limit most nodes in the answer ({@link io.normgraph.graph.NodeLimit})
 * @param fields all or minimal ({@link io.normgraph.graph.Fields})
 * @param asOf the graph as of this date ({@link io.normgraph.time.AsOf})
 * @param inferred exclude (default), include or only: whether detected reuse is followed ({@link Inferred})
 * @param minScore the lowest score of detected reuse followed, 0 to 1
 */
public record LineageRequest(String id, @Nullable String direction, @Nullable List<String> types,
		@Nullable Integer depth, @Nullable Integer limit, @Nullable String fields, @Nullable String asOf,
		@Nullable String inferred, @Nullable Double minScore) {

	public static LineageRequest of(String id) {
		return new LineageRequest(id, null, null, null, null, null, null, null, null);
	}

	public LineageRequest withDirection(@Nullable String direction) {
		return new LineageRequest(this.id, direction, this.types, this.depth, this.limit, this.fields, this.asOf, this.inferred, this.minScore);
	}

	public LineageRequest withTypes(@Nullable List<String> types) {
		return new LineageRequest(this.id, this.direction, types, this.depth, this.limit, this.fields, this.asOf, this.inferred, this.minScore);
	}

	public LineageRequest withDepth(@Nullable Integer depth) {
		return new LineageRequest(this.id, this.direction, this.types, depth, this.limit, this.fields, this.asOf, this.inferred, this.minScore);
	}

	public LineageRequest withLimit(@Nullable Integer limit) {
		return new LineageRequest(this.id, this.direction, this.types, this.depth, limit, this.fields, this.asOf, this.inferred, this.minScore);
	}

	public LineageRequest withAsOf(@Nullable String asOf) {
		return new LineageRequest(this.id, this.direction, this.types, this.depth, this.limit, this.fields, asOf, this.inferred, this.minScore);
	}

	public LineageRequest withInferred(@Nullable String inferred, @Nullable Double minScore) {
		return new LineageRequest(this.id, this.direction, this.types, this.depth, this.limit, this.fields, this.asOf,
				inferred, minScore);
	}

	public LineageRequest withFields(@Nullable String fields) {
		return new LineageRequest(this.id, this.direction, this.types, this.depth, this.limit, fields, this.asOf, this.inferred, this.minScore);
	}

}
