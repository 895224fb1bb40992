package io.normgraph.export;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.gexf.GEXFExporter.AttributeCategory;
import org.jgrapht.nio.gexf.GEXFExporter.Parameter;
import org.springframework.stereotype.Component;

import io.normgraph.graph.GraphNode;
import io.normgraph.graph.GraphRelationship;
import io.normgraph.graph.GraphResult;

/**
 * GEXF 1.2 (Gephi's own format) through JGraphT's exporter. GEXF reserves the edge attributes
 * {@code source} and {@code type}, so a relationship's provenance source is written as
 * {@code provenanceSource} and its type as {@code relationshipType} (and as the edge label).
 */
@Component
class GexfWriter implements GraphWriter {

	static final Map<String, String> EDGE_RENAMES = Map.of("source", "provenanceSource", "type", "relationshipType");

	@Override
	public ExportFormat format() {
		return ExportFormat.GEXF;
	}

	@Override
	public void write(GraphResult graph, OutputStream out) {
		Map<String, GraphNode> nodes = new HashMap<>();
		graph.nodes().forEach((node) -> nodes.put(node.id(), node));
		Map<GraphRelationship, String> edgeIds = new HashMap<>();
		graph.relationships().forEach((relationship) -> edgeIds.put(relationship, "e" + edgeIds.size()));
		GEXFExporter<String, GraphRelationship> exporter = new GEXFExporter<>((id) -> id, edgeIds::get);
		exporter.setCreator("normgraph");
		exporter.setDescription("Legal provisions, forums, decisions and actors, with provenance");
		exporter.setParameter(Parameter.EXPORT_EDGE_LABELS, true);
		exporter.setParameter(Parameter.EXPORT_EDGE_TYPES, true);
		register(exporter, graph);
		exporter.setVertexAttributeProvider((id) -> ExportAttributes.node(nodes.get(id)));
		exporter.setEdgeAttributeProvider((relationship) -> ExportAttributes.edge(relationship, EDGE_RENAMES));
		exporter.exportGraph(JGraphTGraphs.of(graph), new OutputStreamWriter(out, StandardCharsets.UTF_8));
	}

	private static void register(GEXFExporter<String, GraphRelationship> exporter, GraphResult graph) {
		Map<String, Boolean> nodeColumns = new TreeMap<>(
				PropertyColumns.of(graph.nodes().stream().map(GraphNode::properties).toList()));
		nodeColumns.put("labels", false);
		nodeColumns.put("name", false);
		nodeColumns.forEach((name, integer) -> exporter.registerAttribute(name, AttributeCategory.NODE,
				integer ? GEXFAttributeType.LONG : GEXFAttributeType.STRING));
		Map<String, Boolean> edgeColumns = new TreeMap<>();
		PropertyColumns.of(graph.relationships().stream().map(GraphRelationship::properties).toList())
			.forEach((name, integer) -> edgeColumns.put(EDGE_RENAMES.getOrDefault(name, name), integer));
		edgeColumns.put(EDGE_RENAMES.get("type"), false);
		edgeColumns.put("relationshipId", false);
		edgeColumns.forEach((name, integer) -> exporter.registerAttribute(name, AttributeCategory.EDGE,
				integer ? GEXFAttributeType.LONG : GEXFAttributeType.STRING));
	}

}
