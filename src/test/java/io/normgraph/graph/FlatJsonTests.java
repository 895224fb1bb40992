package io.normgraph.graph;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nodes and relationships written by {@link FlatJson} are byte for byte what Jackson writes from
 * the records' annotations (the shape the API documents): fields first, then every property in
 * key order, whatever its type.
 */
class FlatJsonTests {

	private static final JsonMapper FLAT = JsonMapper.builder().build();

	/** The records' annotations alone: the mix-in takes the serializer away. */
	private static final JsonMapper ANNOTATED = JsonMapper.builder()
		.addMixIn(GraphNode.class, Annotated.class)
		.addMixIn(GraphRelationship.class, Annotated.class)
		.build();

	@Test
	void nodesAreWrittenAsTheirAnnotationsDescribe() {
		GraphNode node = new GraphNode("trips-art-51", List.of("Entity", "Provision", "Article"), "Article 51",
				properties()).with(Map.of("depth", 2, "path", List.of("a", "trips-art-51")));
		String flat = FLAT.writeValueAsString(new GraphResult(List.of(node, node.minimal()), List.of()));
		assertThat(flat).isEqualTo(ANNOTATED.writeValueAsString(new GraphResult(List.of(node, node.minimal()), List.of())))
			.startsWith("{\"nodes\":[{\"id\":\"trips-art-51\",\"labels\":[\"Article\",\"Provision\"],\"name\":\"Article 51\",\"absent\":null,\"adoptedOn\":");
	}

	@Test
	void relationshipsAreWrittenAsTheirAnnotationsDescribe() {
		GraphRelationship relationship = new GraphRelationship("a|DERIVES_FROM|b|li-2008|fn 14", "DERIVES_FROM", "a", "b",
				properties()).with("undated", true);
		assertThat(FLAT.writeValueAsString(relationship)).isEqualTo(ANNOTATED.writeValueAsString(relationship))
			.startsWith("{\"id\":\"a|DERIVES_FROM|b|li-2008|fn 14\",\"type\":\"DERIVES_FROM\",\"start\":\"a\",\"end\":\"b\",");
	}

	/** A value of every type the graph stores or the API adds, a null among them. */
	private static Map<String, Object> properties() {
		Map<String, Object> properties = new HashMap<>();
		properties.put("source", "li-2008");
		properties.put("memberCount", 24L);
		properties.put("score", 0.75);
		properties.put("inferred", false);
		properties.put("adoptedOn", LocalDate.of(2008, 6, 28));
		properties.put("recorded", ZonedDateTime.parse("2008-06-28T10:15:30+02:00[Europe/Brussels]"));
		properties.put("aliases", List.of("TRIPS", 51L, List.of(true)));
		properties.put("provenance", List.of(Map.of("source", "li-2008", "locator", "fn 14")));
		properties.put("quote", "Members shall \"adopt\" procedures\n");
		properties.put("absent", null);
		return properties;
	}

	@JsonSerialize(using = ValueSerializer.None.class)
	private interface Annotated {

	}

}
