package io.normgraph.lineage;

import org.jspecify.annotations.Nullable;

import io.normgraph.graph.Fields;
import io.normgraph.graph.NodeLimit;
import io.normgraph.schema.Schema;
import io.normgraph.system.Parameters;
import io.normgraph.time.AsOf;

/**
 * A {@link LineageRequest} checked: every value parsed, in the order the parameters are
 * reported when bad.
 */
record Lineage(Direction direction, Inferred inferred, double minScore, LineageTypes types, int depth, int limit,
		Fields fields, @Nullable AsOf asOf) {

	static Lineage of(LineageRequest request, Schema schema) {
		Parameters.id(request.id(), "id");
		Direction direction = Direction.parse(request.direction());
		Inferred inferred = Inferred.parse(request.inferred());
		double minScore = Inferred.minScore(request.minScore());
		LineageTypes types = LineageTypes.parse(request.types(), schema).with(inferred, schema);
		int depth = Parameters.bounded(request.depth(), LineageService.DEFAULT_DEPTH, 1, LineageService.MAX_DEPTH, "depth");
		int limit = NodeLimit.of(request.limit());
		return new Lineage(direction, inferred, minScore, types, depth, limit, Fields.parse(request.fields()),
				AsOf.parse(request.asOf()));
	}

	/**
	 * Whether one statement can fetch what each walk reads: not as of a date, nor following
	 * inferred relationships, whose filters hold per relationship and node and would stop Neo4j
	 * expanding each node only once.
	 */
	boolean fetchable() {
		return this.asOf == null && this.inferred == Inferred.EXCLUDE;
	}

}
