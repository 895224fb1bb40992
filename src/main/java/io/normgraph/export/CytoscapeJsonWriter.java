package io.normgraph.export;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import io.normgraph.graph.GraphNode;
import io.normgraph.graph.GraphRelationship;
import io.normgraph.graph.GraphResult;

/**
 * Cytoscape.js JSON, {@code {elements: {nodes: [{data}], edges: [{data}]}}}, which both
 * {@code cytoscape({elements})} and Cytoscape desktop (File › Import › Network from File)
 * read. Cytoscape.js reserves {@code source} and {@code target} on edges, so a
 * relationship's provenance source is {@code provenanceSource}.
 */
@Component
class CytoscapeJsonWriter implements GraphWriter {

	private final JsonMapper json;

	CytoscapeJsonWriter(JsonMapper json) {
		this.json = json;
	}

	@Override
	public ExportFormat format() {
		return ExportFormat.CYJS;
	}

	@Override
	public void write(GraphResult graph, OutputStream out) {
		List<Map<String, Object>> nodes = graph.nodes().stream().map(CytoscapeJsonWriter::node).toList();
		List<Map<String, Object>> edges = graph.relationships().stream().map(CytoscapeJsonWriter::edge).toList();
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("format_version", "1.0");
		document.put("generated_by", "normgraph");
		document.put("target_cytoscapejs_version", "~3");
		document.put("elements", Map.of("nodes", nodes, "edges", edges));
		this.json.writeValue(out, document);
	}

	static Map<String, Object> node(GraphNode node) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", node.id());
		data.put("label", node.name());
		data.put("name", node.name());
		data.put("labels", node.labels());
		node.properties().forEach(data::putIfAbsent);
		return Map.of("data", data);
	}

	static Map<String, Object> edge(GraphRelationship relationship) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", relationship.id());
		data.put("source", relationship.start());
		data.put("target", relationship.end());
		data.put("type", relationship.type());
		data.put("label", relationship.type());
		relationship.properties().forEach((key, value) -> data.putIfAbsent(renamed(key), value));
		return Map.of("data", data);
	}

	private static String renamed(String key) {
		return "source".equals(key) ? "provenanceSource" : key;
	}

}
