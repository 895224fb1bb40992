package io.normgraph.timeline;

import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/** A timeline node with its decision's meeting, its forum and the bodies that forum is part of. */
record TimelineRow(Node x, @Nullable Node meeting, @Nullable Node forum, List<String> up) {

	static TimelineRow of(Record record) {
		Value meeting = record.get("m");
		Value forum = record.get("f");
		Value up = record.get("up");
		return new TimelineRow(record.get("x").asNode(), meeting.isNull() ? null : meeting.asNode(),
				forum.isNull() ? null : forum.asNode(), up.isNull() ? List.of() : up.asList(Value::asString));
	}

	/** Of two rows of the same node, the one with the first meeting, then the first forum, by id. */
	static TimelineRow first(TimelineRow a, TimelineRow b) {
		Comparator<@Nullable Node> byId = Comparator.nullsLast(Comparator.comparing((Node n) -> n.get("id").asString()));
		int meeting = byId.compare(a.meeting(), b.meeting());
		if (meeting != 0) {
			return (meeting < 0) ? a : b;
		}
		return (byId.compare(a.forum(), b.forum()) <= 0) ? a : b;
	}

	/** Whether the node's forum is this one or, with {@code parts}, one of its bodies. */
	boolean in(String forumId, boolean parts) {
		return this.forum != null
				&& (forumId.equals(this.forum.get("id").asString()) || (parts && this.up.contains(forumId)));
	}

}
