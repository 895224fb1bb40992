package io.normgraph.lineage;

import java.util.EnumSet;

/**
 * The exact Cypher the lineage and derivation endpoints run, for the scale benchmark to run
 * over a raw Bolt session beside the API.
 */
public final class LineageStatements {

	private LineageStatements() {
	}

	/** What {@code GET …/lineage?direction=upstream&types=DERIVES_FROM,CROSS_REFERENCES&depth=N} runs. */
	public static String upstream(int depth) {
		return LineageQueries.upstream(EnumSet.of(LineageType.DERIVES_FROM, LineageType.CROSS_REFERENCES), depth)
			.getCypher();
	}

	/** What {@code GET …/derived} runs (DERIVES_FROM chains of at most 6 hops). */
	public static String derived() {
		return DerivationService.DERIVED;
	}

}
