package io.normgraph.export;

import io.swagger.v3.oas.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * The query parameters of an export as the request gives them, bound by name and described for
 * the API document here; {@link SubgraphSpec#of} checks them. A new parameter is one more
 * component.
 *
 * @param root the id of the node at the centre of a subgraph
 * @param depth hops from the root
 * @param types relationship types to follow and export, comma-separated
 */
record ExportParameters(
		@Parameter(description = "id of the node at the centre of a subgraph; the whole graph if absent", example = "wco-secure") @Nullable String root,
		@Parameter(description = "hops from root, 0 to 6, default 2 (only with root)", example = "2") @Nullable Integer depth,
		@Parameter(description = "comma-separated relationship types to follow and export; default every type", example = "DERIVES_FROM,PART_OF") @Nullable String types) {
}
