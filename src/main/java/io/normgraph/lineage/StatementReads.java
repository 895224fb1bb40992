package io.normgraph.lineage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;

import io.normgraph.lineage.LineageQueries.Rows;
import io.normgraph.time.AsOf;

/**
 * A walk's reads as one {@link LineageQueries} statement each: the root, one per level, the
 * parts. What the walk falls back on when nothing was fetched up front, and what it always
 * runs as of a date or following inferred relationships.
 */
final class StatementReads implements WalkReads {

	private final LineageWalk.Statements statements;

	private final LineageTypes types;

	private final boolean upstream;

	private final @Nullable AsOf asOf;

	StatementReads(LineageWalk.Statements statements, LineageTypes types, boolean upstream, @Nullable AsOf asOf) {
		this.statements = statements;
		this.types = types;
		this.upstream = upstream;
		this.asOf = asOf;
	}

	@Override
	public @Nullable Start start(String id) {
		List<Record> start = this.statements.run(LineageQueries.root(this.types, this.upstream, dated()),
				parameters(Map.of("id", id)));
		if (start.isEmpty()) {
			return null;
		}
		Record first = start.get(0);
		List<Climb> climbs = new ArrayList<>();
		for (Record record : start) {
			if (record.containsKey("up") && !record.get("up").isNull()) {
				climbs.add(new Climb(WalkStep.of(record.get("up").asPath()), record.get("up").asPath().end().elementId(),
						record.get("topOnward").asLong()));
			}
		}
		return new Start(WalkNode.of(first.get("root").asNode()), first.get("onward").asLong(),
				!dated() || first.get("holds").asBoolean(), climbs);
	}

	@Override
	public List<Hop> level(List<String> frontier, Rows rows) {
		List<Hop> hops = new ArrayList<>();
		String cypher = LineageQueries.level(this.types, this.upstream, rows, dated());
		for (Record record : this.statements.run(cypher, parameters(Map.of("frontier", frontier)))) {
			long parts = (record.containsKey("parts")) ? record.get("parts").asLong() : 0;
			hops.add(new Hop(WalkStep.level(record, rows, record.get("from").asString(), this.upstream),
					record.get("onward").asLong(), parts));
		}
		return hops;
	}

	@Override
	public List<List<WalkStep>> parts(List<String> wholes, Rows rows, @Nullable Integer cap) {
		Map<String, Object> parameters = (cap != null) ? Map.of("frontier", wholes, "cap", cap) : Map.of("frontier", wholes);
		return this.statements.run(LineageQueries.parts(this.types, rows, dated()), parameters(parameters))
			.stream()
			.map((record) -> WalkStep.part(record, rows))
			.toList();
	}

	private boolean dated() {
		return this.asOf != null;
	}

	/** The statement's parameters, and the date when walking as of one. */
	private Map<String, Object> parameters(Map<String, Object> parameters) {
		if (this.asOf == null) {
			return parameters;
		}
		Map<String, Object> dated = new HashMap<>(parameters);
		dated.put(AsOf.PARAMETER, this.asOf.day());
		return dated;
	}

}
