package io.normgraph.lineage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.neo4j.graphdb.GraphDatabaseService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.normgraph.graph.Fields;
import io.normgraph.graph.GraphResult;
import io.normgraph.lineage.LineageWalk.Reach;
import io.normgraph.schema.SchemaRegistry;
import io.normgraph.time.AsOf;

/**
 * Lineage of a node: a breadth-first {@link LineageWalk} upstream, downstream or both,
 * through {@link Neo4jClient}, over what one statement fetched per direction
 * ({@link FetchedReads}) or, when that cannot or should not be, one statement per level
 * ({@link StatementReads}). A request of several statements runs them in one read transaction:
 * they share a session instead of each opening one (about 0.25 ms a statement) and read the
 * same graph; a request of one statement needs none. Both walks share one
 * {@link WalkBudget}, so the answer holds at most {@code limit} nodes. As of a date, the walks
 * follow only what holds then ({@link AsOf}), and the answer marks what is undated.
 */
@Service
public class LineageService {

	static final int DEFAULT_DEPTH = 3;

	static final int MAX_DEPTH = 6;

	private final LineageWalk.Statements statements;

	private final SchemaRegistry schemas;

	/** Read transactions for the requests that take more than one statement; none in the slice tests. */
	private final @Nullable TransactionTemplate transactions;

	/** The embedded database, which runs a one-statement lineage in this process ({@link EmbeddedFetch}); else null. */
	private final @Nullable GraphDatabaseService embedded;

	@Autowired
	LineageService(Neo4jClient client, SchemaRegistry schemas, ObjectProvider<PlatformTransactionManager> transactions,
			ObjectProvider<GraphDatabaseService> embedded) {
		this(LineageWalk.Statements.of(client), schemas, readOnly(transactions.getIfAvailable()),
				embedded.getIfAvailable());
	}

	/** Over any statements: the database's, or the in-memory ones of the fast tests. */
	LineageService(LineageWalk.Statements statements, SchemaRegistry schemas) {
		this(statements, schemas, null, null);
	}

	/** Over any statements, with the embedded database running the one-statement requests in this process. */
	LineageService(LineageWalk.Statements statements, SchemaRegistry schemas, GraphDatabaseService embedded) {
		this(statements, schemas, null, embedded);
	}

	private LineageService(LineageWalk.Statements statements, SchemaRegistry schemas,
			@Nullable TransactionTemplate transactions, @Nullable GraphDatabaseService embedded) {
		this.statements = statements;
		this.schemas = schemas;
		this.transactions = transactions;
		this.embedded = embedded;
	}

	/**
	 * One direction with every field, today, over asserted relationships: one statement answers it
	 * whole ({@link FetchedReads}), in its own snapshot, so no transaction is begun and committed
	 * around it; the embedded database runs it in this process. Anything else, or a fetch over its cap, runs its statements in one read
	 * transaction, so they all read the same graph.
	 */
	public GraphResult lineage(LineageRequest request) {
		Lineage lineage = Lineage.of(request, this.schemas.current());
		if (lineage.fetchable() && lineage.direction() != Direction.BOTH && lineage.fields() == Fields.ALL) {
			boolean upstream = lineage.direction() == Direction.UPSTREAM;
			WalkBudget budget = new WalkBudget(lineage.limit());
			FetchedReads fetched = (this.embedded != null)
					? EmbeddedFetch.fetch(this.embedded, lineage.types(), upstream, lineage.depth(), request.id(),
							budget.limit())
					: FetchedReads.fetch(this.statements, lineage.types(), upstream, lineage.depth(), request.id(),
							budget.limit());
			if (fetched != null) {
				LineageAssembler assembler = new LineageAssembler(budget, null);
				assembler.add(walk(fetched, upstream, lineage, budget).from(request.id()));
				budget.load(this.statements, true);
				return assembler.result(Fields.ALL, Map.of());
			}
			return inTransaction(() -> walks(lineage, request.id(), false));
		}
		return inTransaction(() -> walks(lineage, request.id(), lineage.fetchable()));
	}

	/** The walks of the request's directions, sharing one budget, each fetched up front when {@code fetch}. */
	private GraphResult walks(Lineage lineage, String id, boolean fetch) {
		WalkBudget budget = new WalkBudget(lineage.limit());
		LineageAssembler assembler = new LineageAssembler(budget, lineage.asOf());
		LineageWalk.Statements scored = this.statements.scoredAtLeast(lineage.minScore());
		for (boolean upstream : lineage.direction().walks()) {
			FetchedReads fetched = fetch ? FetchedReads.fetch(scored, lineage.types(), upstream, lineage.depth(), id,
					budget.limit()) : null;
			WalkReads reads = (fetched != null) ? fetched
					: new StatementReads(scored, lineage.types(), upstream, lineage.asOf());
			assembler.add(walk(reads, upstream, lineage, budget).from(id));
		}
		budget.load(this.statements, lineage.fields() == Fields.ALL);
		return assembler.result(lineage.fields(), (lineage.fields() == Fields.MINIMAL)
				? within(budget, LineageTypes.of(lineage.types().followed(), this.schemas.current())) : Map.of());
	}

	private GraphResult inTransaction(Supplier<GraphResult> reads) {
		return (this.transactions != null) ? this.transactions.execute((status) -> reads.get()) : reads.get();
	}

	private static LineageWalk walk(WalkReads reads, boolean upstream, Lineage lineage, WalkBudget budget) {
		return new LineageWalk(reads, upstream, lineage.types(), lineage.depth(), Reach.FEWEST_HOPS, budget,
				lineage.fields() == Fields.ALL, lineage.asOf());
	}

	private static @Nullable TransactionTemplate readOnly(@Nullable PlatformTransactionManager transactions) {
		if (transactions == null) {
			return null;
		}
		TransactionTemplate template = new TransactionTemplate(transactions);
		template.setReadOnly(true);
		return template;
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
