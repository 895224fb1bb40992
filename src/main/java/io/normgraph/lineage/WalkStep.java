package io.normgraph.lineage;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

import io.normgraph.lineage.LineageQueries.Rows;

/**
 * One hop a {@link LineageWalk} reads from a row: from the node {@code from} over the
 * relationship {@code relationship} to the node {@code node} (element ids), with what the row
 * says of them ({@code data}, {@code relationshipData}): everything, ids and names, or nothing
 * (a counting row).
 */
record WalkStep(String from, String node, @Nullable WalkNode data, String relationship,
		@Nullable WalkRelationship relationshipData) {

	/** The hop of a level's row. */
	static WalkStep level(Record record, Rows rows, String from, boolean upstream) {
		return switch (rows) {
			case FULL -> {
				Node v = record.get("v").asNode();
				Relationship r = record.get("r").asRelationship();
				yield new WalkStep(from, v.elementId(), WalkNode.of(v), r.elementId(), WalkRelationship.of(r));
			}
			case LIGHT -> {
				String node = record.get("ve").asString();
				String relationship = record.get("re").asString();
				yield new WalkStep(from, node, light(node, record.get("id"), record.get("name"), record.get("labels")),
						relationship, new WalkRelationship(relationship, record.get("type").asString(),
								upstream ? from : node, upstream ? node : from, record.get("source").asObject(),
								record.get("locator").asObject(), null));
			}
			case COUNT -> new WalkStep(from, record.get("ve").asString(), null, record.get("re").asString(), null);
		};
	}

	/** The hops of a containment path read whole, in path order. */
	static List<WalkStep> of(Path path) {
		List<WalkStep> steps = new ArrayList<>();
		for (Path.Segment segment : path) {
			steps.add(new WalkStep(segment.start().elementId(), segment.end().elementId(), WalkNode.of(segment.end()),
					segment.relationship().elementId(), WalkRelationship.of(segment.relationship())));
		}
		return steps;
	}

	/**
	 * The hops of a part's row, from its whole down to the unit: each relationship runs from the
	 * part (the later node) to what it is part of.
	 */
	static List<WalkStep> part(Record record, Rows rows) {
		if (rows == Rows.FULL) {
			return of(record.get("part").asPath());
		}
		List<Value> nodes = record.get("nodes").asList((value) -> value);
		List<Value> relationships = record.get("relationships").asList((value) -> value);
		List<WalkStep> steps = new ArrayList<>();
		for (int i = 0; i < relationships.size(); i++) {
			Value whole = nodes.get(i);
			Value part = nodes.get(i + 1);
			Value relationship = relationships.get(i);
			if (rows == Rows.COUNT) {
				steps.add(new WalkStep(whole.asString(), part.asString(), null, relationship.asString(), null));
				continue;
			}
			String partId = part.get("e").asString();
			String wholeId = whole.get("e").asString();
			steps.add(new WalkStep(wholeId, partId, light(partId, part.get("id"), part.get("name"), part.get("labels")),
					relationship.get("e").asString(),
					new WalkRelationship(relationship.get("e").asString(), relationship.get("type").asString(), partId,
							wholeId, relationship.get("source").asObject(), relationship.get("locator").asObject(), null)));
		}
		return steps;
	}

	private static WalkNode light(String elementId, Value id, Value name, Value labels) {
		return new WalkNode(elementId, id.asString(), name.asString(id.asString()), labels.asList(Value::asString), null);
	}

}
