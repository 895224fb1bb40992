package io.normgraph.lineage;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;

import io.normgraph.graph.Fields;
import io.normgraph.graph.NodeLimit;
import io.normgraph.schema.BuiltInSchema;
import io.normgraph.schema.LabelRole;
import io.normgraph.schema.Schema;
import io.normgraph.schema.TypeRole;
import io.normgraph.time.AsOf;

/**
 * The lineage and derivation endpoints' walks over a raw Bolt session: the same statements,
 * in the same order and in one read transaction, without Spring, HTTP or JSON. For the benchmarks to run beside the API.
 */
public final class LineageStatements {

	/** The bundled corpus's schema: the built-in one. */
	private static final Schema SCHEMA = BuiltInSchema.get();

	private static final LineageTypes FOLLOWED = new LineageTypes(Set.of("DERIVES_FROM", "CROSS_REFERENCES"), Set.of(),
			SCHEMA.labelsWith(LabelRole.PROVISION));

	private static final LineageTypes DEFAULTS = LineageTypes.parse(null, SCHEMA);

	private static final LineageTypes DERIVATION = LineageTypes.of(SCHEMA.typesWith(TypeRole.DERIVATION), SCHEMA);

	private LineageStatements() {
	}

	/**
	 * What {@code GET …/lineage?direction=upstream&types=DERIVES_FROM,CROSS_REFERENCES&depth=N}
	 * runs; returns the number of nodes reached.
	 */
	public static int upstream(Session session, String id, int depth) {
		return walk(session, true, FOLLOWED, id, depth, null);
	}

	/** The same as of a date ({@code …&asOf=…}). */
	public static int upstream(Session session, String id, int depth, @Nullable String asOf) {
		return walk(session, true, FOLLOWED, id, depth, AsOf.parse(asOf));
	}

	/** What {@code GET …/lineage?direction=…&depth=N} runs with the default types, one direction. */
	static int defaults(Session session, boolean upstream, String id, int depth) {
		return walk(session, upstream, DEFAULTS, id, depth, null);
	}

	/** The same as of a date. */
	public static int defaults(Session session, boolean upstream, String id, int depth, @Nullable String asOf) {
		return walk(session, upstream, DEFAULTS, id, depth, AsOf.parse(asOf));
	}

	/** What {@code GET …/derived} runs, with chains of at most {@code depth} DERIVES_FROM hops; returns the rows. */
	public static int derived(Session session, String id, int depth) {
		return derived(session, id, depth, null);
	}

	/** The same as of a date. */
	public static int derived(Session session, String id, int depth, @Nullable String asOf) {
		return session.executeRead((tx) -> DerivationService
			.derived(statements(tx), id, DERIVATION, depth, new WalkBudget(NodeLimit.DEFAULT), Fields.ALL, AsOf.parse(asOf))
			.rows()
			.size());
	}

	/** Every statement a walk runs, by name, for EXPLAIN. */
	public static Map<String, String> cypher() {
		return Map.of("lineage root, climbing PART_OF", LineageQueries.root(DEFAULTS, true, false),
				"lineage level upstream", LineageQueries.level(FOLLOWED, true, LineageQueries.Rows.FULL, false),
				"lineage level upstream as of a date", LineageQueries.level(FOLLOWED, true, LineageQueries.Rows.FULL, true),
				"lineage level downstream (derived)", LineageQueries.level(DERIVATION, false, LineageQueries.Rows.FULL, false),
				"inheriting parts (derived)", LineageQueries.parts(DERIVATION, LineageQueries.Rows.FULL, false));
	}

	private static int walk(Session session, boolean upstream, LineageTypes types, String id, int depth,
			@Nullable AsOf asOf) {
		return session.executeRead((tx) -> {
			WalkBudget budget = new WalkBudget(NodeLimit.DEFAULT);
			int reached = new LineageWalk(statements(tx), upstream, types, depth, LineageWalk.Reach.FEWEST_HOPS, budget, true,
					asOf)
				.from(id)
				.reached()
				.size();
			budget.load(statements(tx), true);
			return reached;
		});
	}

	/** In one read transaction, as the services run it. */
	private static LineageWalk.Statements statements(TransactionContext tx) {
		return (cypher, parameters) -> tx.run(cypher, parameters).list();
	}

}
