package io.normgraph.lineage;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The single Cypher statements a lineage is measured against ({@link LineageFloorBenchmark}):
 * each returns, in one row, the {@code nodes} and {@code relationships} that
 * {@code GET …/lineage?direction=…&depth=D} answers with the default types (the lineage types
 * followed hop by hop, inheritance along containment), written the ways Cypher 5 offers, so the
 * benchmark can keep the fastest as the floor. Types and labels come from the schema
 * ({@link LineageTypes}).
 * <p>
 * The answer, upstream: the root, its containers when it is a unit (with the containment
 * relationships climbed), everything within D hops of those, and every followed relationship
 * that leaves a node fewer than D hops away. Downstream: the root, everything within D hops
 * against the direction, every followed relationship entering a node fewer than D hops away,
 * and the containment paths down to the units of every node reached but the root.
 */
final class FloorStatements {

	/** A named statement; {@code $id} the root. */
	record Candidate(String name, String cypher) {
	}

	private FloorStatements() {
	}

	static List<Candidate> all(LineageTypes types, boolean upstream, int depth) {
		return List.of(new Candidate("variable-length, DISTINCT ends", statement(types, upstream, depth, false)),
				new Candidate("quantified path pattern, DISTINCT ends", statement(types, upstream, depth, true)));
	}

	/**
	 * @param quantified the reach as a Cypher 5 quantified path pattern instead of a
	 * variable-length relationship
	 */
	static String statement(LineageTypes types, boolean upstream, int depth, boolean quantified) {
		String followed = String.join("|", new TreeSet<>(types.followed()));
		String containment = String.join("|", new TreeSet<>(types.containment()));
		String unit = types.units().stream().sorted().map((label) -> "%s:`" + label + "`").collect(Collectors.joining(" OR "));
		String hop = upstream ? "-[r:" + followed + "]->" : "<-[r:" + followed + "]-";
		String reach = quantified ? (upstream ? "(()-[:" + followed + "]->()){0," + (depth - 1) + "}"
				: "(()<-[:" + followed + "]-()){0," + (depth - 1) + "}")
				: (upstream ? "-[:" + followed + "*0.." + (depth - 1) + "]->" : "<-[:" + followed + "*0.." + (depth - 1) + "]-");
		String start = upstream ? "(s)" : "(root)";
		String reachPattern = quantified ? start + " " + reach + " (u)" : start + reach + "(u)";
		if (upstream) {
			return """
					MATCH (root:Entity {id: $id})
					OPTIONAL MATCH up = (root)-[:%1$s*1..%2$d]->(top) WHERE %3$s
					WITH root, collect(up) AS ups
					CALL (root, ups) {
					  UNWIND [root] + [p IN ups | last(nodes(p))] AS s
					  MATCH %4$s
					  RETURN collect(DISTINCT u) AS inner
					}
					CALL (inner) {
					  UNWIND inner AS u
					  MATCH (u)%5$s(v)
					  RETURN collect(r) AS hops, collect(DISTINCT v) AS ends
					}
					CALL (root, ups, ends) {
					  UNWIND [root] + ends + reduce(a = [], p IN ups | a + nodes(p)) AS n
					  RETURN collect(DISTINCT n) AS nodes
					}
					CALL (ups) {
					  UNWIND reduce(a = [], p IN ups | a + relationships(p)) AS c
					  RETURN collect(DISTINCT c) AS climbed
					}
					RETURN nodes, climbed + hops AS relationships"""
				.formatted(containment, LineageQueries.CONTAINMENT_LEVELS, unit.formatted((Object[]) repeat("root", types)),
						reachPattern, hop);
		}
		return """
				MATCH (root:Entity {id: $id})
				CALL (root) {
				  MATCH %4$s
				  RETURN collect(DISTINCT u) AS inner
				}
				CALL (inner) {
				  UNWIND inner AS u
				  MATCH (u)%5$s(v)
				  RETURN collect(r) AS hops, collect(DISTINCT v) AS ends
				}
				CALL (root, ends) {
				  UNWIND ends AS m
				  MATCH part = (m)<-[:%1$s*1..%2$d]-(unit)
				  WHERE m <> root AND (%3$s)
				  RETURN collect(part) AS parts
				}
				CALL (root, ends, parts) {
				  UNWIND [root] + ends + reduce(a = [], p IN parts | a + nodes(p)) AS n
				  RETURN collect(DISTINCT n) AS nodes
				}
				CALL (parts) {
				  UNWIND reduce(a = [], p IN parts | a + relationships(p)) AS c
				  RETURN collect(DISTINCT c) AS inherited
				}
				RETURN nodes, hops + inherited AS relationships"""
			.formatted(containment, LineageQueries.CONTAINMENT_LEVELS, unit.formatted((Object[]) repeat("unit", types)),
					reachPattern, hop);
	}

	private static String[] repeat(String variable, LineageTypes types) {
		return types.units().stream().map((label) -> variable).toArray(String[]::new);
	}

}
