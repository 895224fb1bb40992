package io.normgraph.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.neo4j.driver.types.Node;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A node as the API shows it: its stable id, its labels (without the technical
 * {@code Entity}), its name, and every other property (provenance included) flattened beside
 * them in JSON, in key order.
 */
@JsonSerialize(using = FlatJson.NodeSerializer.class)
@JsonPropertyOrder({ "id", "labels", "name" })
public record GraphNode(String id, List<String> labels, String name, @JsonIgnore Map<String, Object> properties) {

	/** The label every node carries so that an id resolves without knowing its label. */
	public static final String ENTITY = "Entity";

	public GraphNode {
		labels = shown(labels);
		properties = SortedProperties.of(properties);
	}

	/** The labels without {@link #ENTITY}, sorted: as given when they already are (a copy of a node made here). */
	private static List<String> shown(List<String> labels) {
		boolean shown = true;
		for (int i = 0; i < labels.size() && shown; i++) {
			shown = !ENTITY.equals(labels.get(i)) && (i == 0 || labels.get(i - 1).compareTo(labels.get(i)) <= 0);
		}
		return shown ? List.copyOf(labels) : labels.stream().filter((label) -> !ENTITY.equals(label)).sorted().toList();
	}

	@JsonAnyGetter
	Map<String, Object> flattened() {
		return this.properties;
	}

	/** This node with one more property, e.g. the {@code depth} of a lineage. */
	public GraphNode with(String key, Object value) {
		return with(Collections.singletonMap(key, value));
	}

	/** This node with more properties (e.g. the {@code depth} and {@code path} of a lineage), copied once. */
	public GraphNode with(Map<String, ?> more) {
		return new GraphNode(this.id, this.labels, this.name, SortedProperties.of(this.properties, more));
	}

	/** This node with its id, labels and name only ({@link Fields#MINIMAL}). */
	public GraphNode minimal() {
		return new GraphNode(this.id, this.labels, this.name, Map.of());
	}

	public static GraphNode of(Node node) {
		return of(node, Map.of());
	}

	/**
	 * The node with {@code more} properties (e.g. the {@code depth} and {@code path} of a
	 * lineage), its properties read from the driver's node straight into the one sorted map the
	 * record keeps: no intermediate map per node, which an answer of hundreds of nodes pays for.
	 */
	public static GraphNode of(Node node, Map<String, ?> more) {
		List<String> labels = new ArrayList<>();
		node.labels().forEach(labels::add);
		return of(labels, SortedProperties.of(node, more));
	}

	/** The node of these labels and properties, its id and name taken out of them. */
	static GraphNode of(List<String> labels, SortedProperties read) {
		String id = (String) read.get("id");
		String name = (String) read.get("name");
		return new GraphNode(id, labels, (name != null) ? name : id, read.without("id", "name"));
	}

}
