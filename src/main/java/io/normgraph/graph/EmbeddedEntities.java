package io.normgraph.graph;

import java.lang.reflect.Array;
import java.time.Duration;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Values;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.spatial.Point;

/**
 * Nodes and relationships read through the embedded database's own API, in the process that
 * runs it, into the records the API answers with, exactly as they are read through the driver:
 * every property value in the form the driver's {@code Value.asObject()} gives it (arrays as
 * lists, integers as longs, floats as doubles, points and durations as the driver's types), so
 * an answer is the same to the byte whichever way it was read.
 */
public final class EmbeddedEntities {

	private EmbeddedEntities() {
	}

	/** The node as the API shows it. Call inside the transaction that read it. */
	public static GraphNode node(Node node) {
		List<String> labels = new ArrayList<>();
		for (Label label : node.getLabels()) {
			labels.add(label.name());
		}
		return GraphNode.of(labels, SortedProperties.of(node));
	}

	/** The relationship's properties as a {@link GraphRelationship} keeps them. Call inside the transaction. */
	public static Map<String, Object> properties(Relationship relationship) {
		return SortedProperties.of(relationship);
	}

	/** A property value as the embedded API gives it, in the form the driver gives the same value. */
	static @Nullable Object asTheDriverGives(@Nullable Object value) {
		if (value == null || value instanceof String || value instanceof Long || value instanceof Double
				|| value instanceof Boolean || value instanceof byte[]) {
			return value;
		}
		if (value.getClass().isArray()) {
			int length = Array.getLength(value);
			List<@Nullable Object> list = new ArrayList<>(length);
			for (int i = 0; i < length; i++) {
				list.add(asTheDriverGives(Array.get(value, i)));
			}
			return list;
		}
		if (value instanceof Point point) {
			double[] at = point.getCoordinate().getCoordinate();
			int srid = point.getCRS().getCode();
			return ((at.length == 2) ? Values.point(srid, at[0], at[1]) : Values.point(srid, at[0], at[1], at[2])).asPoint();
		}
		if (value instanceof TemporalAmount duration && !(value instanceof Duration) && !(value instanceof Period)) {
			// The database's own duration type: months, days, seconds and nanoseconds, as Cypher keeps them.
			return Values.isoDuration(duration.get(ChronoUnit.MONTHS), duration.get(ChronoUnit.DAYS),
					duration.get(ChronoUnit.SECONDS), (int) duration.get(ChronoUnit.NANOS)).asIsoDuration();
		}
		// Integers, floats, characters and the temporal types, as the driver converts them.
		return Values.value(value).asObject();
	}

}
