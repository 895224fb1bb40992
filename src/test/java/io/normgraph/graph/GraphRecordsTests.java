package io.normgraph.graph;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.internal.InternalNode;
import org.neo4j.driver.internal.InternalRelationship;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nodes and relationships read from the driver's values straight into their one sorted map
 * hold what the driver's own {@code asMap()} gives, value for value and in key order, with the
 * properties a lineage adds put over them.
 */
class GraphRecordsTests {

	@Test
	void aNodeHoldsWhatTheDriverMapsWithTheAddedProperties() {
		Node node = new InternalNode(7, "n7", List.of("Entity", "Provision", "Article"), values("trips-art-51"));
		Map<String, Object> expected = new HashMap<>(node.asMap());
		expected.remove("id");
		expected.remove("name");
		expected.put("depth", 2);
		expected.put("path", List.of("a", "trips-art-51"));

		GraphNode read = GraphNode.of(node, Map.of("depth", 2, "path", List.of("a", "trips-art-51")));

		assertThat(read.id()).isEqualTo("trips-art-51");
		assertThat(read.name()).isEqualTo("Article 51");
		assertThat(read.labels()).containsExactly("Article", "Provision");
		assertThat(read.properties()).isEqualTo(expected);
		assertThat(List.copyOf(read.properties().keySet())).isSorted();
		assertThat(GraphNode.of(node).properties()).doesNotContainKeys("depth", "path").hasSize(expected.size() - 2);
	}

	@Test
	void aNodeWithoutANameIsNamedByItsId() {
		Map<String, Value> values = new HashMap<>(values("trips-art-51"));
		values.remove("name");
		GraphNode read = GraphNode.of(new InternalNode(7, "n7", List.of("Entity", "Provision"), values));
		assertThat(read.name()).isEqualTo("trips-art-51");
		assertThat(read.properties()).doesNotContainKeys("id", "name");
	}

	@Test
	void aRelationshipHoldsWhatTheDriverMapsAndIsKeyedByItsProvenance() {
		Relationship relationship = new InternalRelationship(9, "r9", 7, "n7", 8, "n8", "DERIVES_FROM",
				values("trips-art-51"));
		GraphRelationship read = GraphRelationship.of(relationship, "a", "b");
		assertThat(read.properties()).isEqualTo(relationship.asMap());
		assertThat(List.copyOf(read.properties().keySet())).isSorted();
		assertThat(read.id()).isEqualTo("a|DERIVES_FROM|b|li-2008|fn 14");
	}

	/** A value of every type the graph stores. */
	private static Map<String, Value> values(String id) {
		Map<String, Value> values = new HashMap<>();
		values.put("id", Values.value(id));
		values.put("name", Values.value("Article 51"));
		values.put("source", Values.value("li-2008"));
		values.put("locator", Values.value("fn 14"));
		values.put("memberCount", Values.value(24L));
		values.put("score", Values.value(0.75));
		values.put("inferred", Values.value(false));
		values.put("adoptedOn", Values.value(LocalDate.of(2008, 6, 28)));
		values.put("recorded", Values.value(ZonedDateTime.parse("2008-06-28T10:15:30+02:00[Europe/Brussels]")));
		values.put("aliases", Values.value(List.of("TRIPS", "Article 51")));
		values.put("counts", Values.value(new long[] { 1, 2 }));
		values.put("quote", Values.value("Members shall \"adopt\" procedures\n"));
		return values;
	}

}
