package io.normgraph.lineage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Path;
import org.neo4j.graphdb.Relationship;

import io.normgraph.graph.EmbeddedEntities;
import io.normgraph.lineage.FetchedReads.Fetched;

/**
 * The fetch statement ({@link LineageQueries#fetch}) run by the embedded database in this
 * process, its row read there into the walk's forms: the same statement and the same answer as
 * through the driver, without Bolt between them. Over Bolt, the database encodes every node of
 * the row with every property, the driver decodes them on its own thread, and the request
 * waits for both: for an answer of hundreds of nodes that was about half of the statement's
 * time (docs/benchmarks.md). Only when the database is embedded; an external one is read
 * through the driver as before.
 */
final class EmbeddedFetch {

	private EmbeddedFetch() {
	}

	/** As {@link FetchedReads#fetch}: null when the root does not exist or the fetch is over its cap. */
	static @Nullable FetchedReads fetch(GraphDatabaseService database, LineageTypes types, boolean upstream, int depth,
			String id, int cap) {
		Fetched fetched = database.executeTransactionally(LineageQueries.fetch(types, upstream, depth),
				FetchedReads.parameters(id, cap), (result) -> result.hasNext() ? read(result.next()) : null);
		return FetchedReads.of(upstream, fetched);
	}

	@SuppressWarnings("unchecked")
	private static Fetched read(Map<String, Object> row) {
		return new Fetched(node((Node) row.get("root")), each(row, "ends", (value) -> node((Node) value)),
				each(row, "hops", (value) -> relationship((Relationship) value)),
				each(row, "contained", (value) -> relationship((Relationship) value)),
				each(row, "parts", (value) -> (List<String>) value), each(row, "ups", (value) -> steps((Path) value)));
	}

	private static <T> List<T> each(Map<String, Object> row, String column, Function<Object, T> read) {
		List<?> values = (List<?>) row.get(column);
		List<T> each = new ArrayList<>(values.size());
		values.forEach((value) -> each.add(read.apply(value)));
		return each;
	}

	private static WalkNode node(Node node) {
		return WalkNode.of(node.getElementId(), EmbeddedEntities.node(node));
	}

	private static WalkRelationship relationship(Relationship relationship) {
		return WalkRelationship.of(relationship.getElementId(), relationship.getType().name(),
				relationship.getStartNode().getElementId(), relationship.getEndNode().getElementId(),
				EmbeddedEntities.properties(relationship));
	}

	/** As {@link WalkStep#of(org.neo4j.driver.types.Path)}: the path's hops in order. */
	private static List<WalkStep> steps(Path path) {
		List<WalkStep> steps = new ArrayList<>();
		Node from = path.startNode();
		for (Relationship relationship : path.relationships()) {
			Node to = relationship.getOtherNode(from);
			steps.add(new WalkStep(from.getElementId(), to.getElementId(), node(to), relationship.getElementId(),
					relationship(relationship)));
			from = to;
		}
		return steps;
	}

}
