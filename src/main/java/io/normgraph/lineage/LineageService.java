package io.normgraph.lineage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.normgraph.graph.Fields;
import io.normgraph.graph.GraphResult;
import io.normgraph.graph.NodeLimit;
import io.normgraph.lineage.LineageWalk.Reach;
import io.normgraph.schema.SchemaRegistry;
import io.normgraph.system.Parameters;
import io.normgraph.time.AsOf;

/**
 * Lineage of a node: a breadth-first {@link LineageWalk} upstream, downstream or both,
 * through {@link Neo4jClient}, in one read transaction: its statements share a session
 * instead of each opening one, which cost about 0.25 ms a statement. Both walks share one
 * {@link WalkBudget}, so the answer holds at most {@code limit} nodes. As of a date, the walks
 * follow only what holds then ({@link AsOf}), and the answer marks what is undated.
 */
@Service
public class LineageService {

	static final int DEFAULT_DEPTH = 3;

	static final int MAX_DEPTH = 6;

	private final LineageWalk.Statements statements;

	private final SchemaRegistry schemas;

	@Autowired
	LineageService(Neo4jClient client, SchemaRegistry schemas) {
		this(LineageWalk.Statements.of(client), schemas);
	}

	/** Over any statements: the database's, or the in-memory ones of the fast tests. */
	LineageService(LineageWalk.Statements statements, SchemaRegistry schemas) {
		this.statements = statements;
		this.schemas = schemas;
	}

	@Transactional(readOnly = true)
	public GraphResult lineage(LineageRequest request) {
		Parameters.id(request.id(), "id");
		Direction direction = Direction.parse(request.direction());
		Inferred inferred = Inferred.parse(request.inferred());
		double minScore = Inferred.minScore(request.minScore());
		LineageTypes types = LineageTypes.parse(request.types(), this.schemas.current())
			.with(inferred, this.schemas.current());
		int depth = Parameters.bounded(request.depth(), DEFAULT_DEPTH, 1, MAX_DEPTH, "depth");
		WalkBudget budget = new WalkBudget(NodeLimit.of(request.limit()));
		Fields fields = Fields.parse(request.fields());
		AsOf asOf = AsOf.parse(request.asOf());
		LineageAssembler assembler = new LineageAssembler(budget, asOf);
		LineageWalk.Statements scored = this.statements.scoredAtLeast(minScore);
		if (direction != Direction.DOWNSTREAM) {
			assembler.add(walk(reads(scored, true, types, depth, budget, asOf, request.id()), true, types, depth, budget,
					fields, asOf)
				.from(request.id()));
		}
		if (direction != Direction.UPSTREAM) {
			assembler.add(walk(reads(scored, false, types, depth, budget, asOf, request.id()), false, types, depth, budget,
					fields, asOf)
				.from(request.id()));
		}
		budget.load(this.statements, fields == Fields.ALL);
		return assembler.result(fields, (fields == Fields.MINIMAL)
				? within(budget, LineageTypes.of(types.followed(), this.schemas.current())) : Map.of());
	}

	private static LineageWalk walk(WalkReads reads, boolean upstream, LineageTypes types, int depth, WalkBudget budget,
			Fields fields, @Nullable AsOf asOf) {
		return new LineageWalk(reads, upstream, types, depth, Reach.FEWEST_HOPS, budget, fields == Fields.ALL, asOf);
	}

	/**
	 * What the walk reads: fetched in one statement up front when it can be and fits
	 * ({@link FetchedReads}), else one statement per level ({@link StatementReads}). As of a
	 * date, or following inferred relationships, the walk reads level by level: those filters
	 * hold per relationship and node, which would stop Neo4j expanding each node only once.
	 */
	private static WalkReads reads(LineageWalk.Statements statements, boolean upstream, LineageTypes types, int depth,
			WalkBudget budget, @Nullable AsOf asOf, String id) {
		if (asOf == null && types.inferred() == Inferred.EXCLUDE) {
			FetchedReads fetched = FetchedReads.fetch(statements, types, upstream, depth, id, budget.limit());
			if (fetched != null) {
				return fetched;
			}
		}
		return new StatementReads(statements, types, upstream, asOf);
	}

	/**
	 * The outermost container of every kept unit, by the unit's id, for a visualisation to group
	 * them: along every containment type of the schema, whichever types the lineage followed.
	 */
	private Map<String, String> within(WalkBudget budget, LineageTypes types) {
		List<String> units = budget.nodes().stream()
			.filter((node) -> types.units().stream().anyMatch(node::hasLabel))
			.map(WalkNode::elementId)
			.toList();
		Map<String, String> within = new HashMap<>();
		if (units.isEmpty() || !types.inherits()) {
			return within;
		}
		Map<String, String> ids = new HashMap<>();
		budget.nodes().forEach((node) -> ids.put(node.elementId(), node.id()));
		this.statements.run(LineageQueries.within(types), Map.of("units", units))
			.forEach((record) -> within.put(ids.get(record.get("e").asString()), record.get("within").asString()));
		return within;
	}

}
