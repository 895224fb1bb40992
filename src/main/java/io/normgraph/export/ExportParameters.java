package io.normgraph.export;

import io.swagger.v3.oas.annotations.Parameter;
import org.jspecify.annotations.Nullable;

import io.normgraph.time.AsOf;

/**
 * The query parameters of an export as the request gives them, bound by name and described for
 * the API document here; {@link SubgraphSpec#of} checks them. A new parameter is one more
 * component.
 *
 * @param root the id of the node at the centre of a subgraph
 * @param depth hops from the root
 * @param types relationship types to follow and export, comma-separated
 * @param asOf the date the graph is read as of ({@link AsOf})
 */
record ExportParameters(
		@Parameter(description = "id of the node at the centre of a subgraph; the whole graph if absent", example = "wco-secure") @Nullable String root,
		@Parameter(description = "hops from root, 0 to 6, default 2 (only with root)", example = "2") @Nullable Integer depth,
		@Parameter(description = "comma-separated relationship types to follow and export; default every type", example = "DERIVES_FROM,PART_OF") @Nullable String types,
		@Parameter(description = AsOf.DESCRIPTION, example = "2008-06-28") @Nullable String asOf) {

	ExportParameters(@Nullable String root, @Nullable Integer depth, @Nullable String types) {
		this(root, depth, types, null);
	}

}
