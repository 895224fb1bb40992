package io.normgraph.export;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;
import org.springframework.stereotype.Component;

import io.normgraph.graph.GraphNode;
import io.normgraph.graph.GraphRelationship;
import io.normgraph.graph.GraphResult;

/**
 * GraphML (Gephi, yEd, Cytoscape, NetworkX, igraph) through JGraphT's exporter. Node ids are
 * the stable ids; edges are numbered {@code e0, e1, …} (GraphML ids allow no spaces) and keep
 * their stable id in {@code relationshipId}.
 */
@Component
class GraphMlWriter implements GraphWriter {

	@Override
	public ExportFormat format() {
		return ExportFormat.GRAPHML;
	}

	@Override
	public void write(GraphResult graph, OutputStream out) {
		Map<String, GraphNode> nodes = new HashMap<>();
		graph.nodes().forEach((node) -> nodes.put(node.id(), node));
		Map<GraphRelationship, String> edgeIds = new HashMap<>();
		List<GraphRelationship> relationships = graph.relationships();
		for (int i = 0; i < relationships.size(); i++) {
			edgeIds.put(relationships.get(i), "e" + i);
		}
		GraphMLExporter<String, GraphRelationship> exporter = new GraphMLExporter<>((id) -> id);
		exporter.setEdgeIdProvider(edgeIds::get);
		register(exporter, graph);
		exporter.setVertexAttributeProvider((id) -> ExportAttributes.node(nodes.get(id)));
		exporter.setEdgeAttributeProvider((relationship) -> ExportAttributes.edge(relationship, Map.of()));
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		exporter.exportGraph(JGraphTGraphs.of(graph), writer);
	}

	/** GraphML keys are shared by name, so a name on both nodes and edges is declared for all. */
	private static void register(GraphMLExporter<String, GraphRelationship> exporter, GraphResult graph) {
		Map<String, Boolean> nodeColumns = new TreeMap<>(
				PropertyColumns.of(graph.nodes().stream().map(GraphNode::properties).toList()));
		nodeColumns.put(ExportAttributes.LABEL, false);
		nodeColumns.put("labels", false);
		nodeColumns.put("name", false);
		Map<String, Boolean> edgeColumns = new TreeMap<>(
				PropertyColumns.of(graph.relationships().stream().map(GraphRelationship::properties).toList()));
		edgeColumns.put(ExportAttributes.LABEL, false);
		edgeColumns.put("type", false);
		edgeColumns.put("relationshipId", false);
		Set<String> names = new java.util.TreeSet<>(nodeColumns.keySet());
		names.addAll(edgeColumns.keySet());
		for (String name : names) {
			boolean onNodes = nodeColumns.containsKey(name);
			boolean onEdges = edgeColumns.containsKey(name);
			AttributeCategory category = (onNodes && onEdges) ? AttributeCategory.ALL
					: (onNodes ? AttributeCategory.NODE : AttributeCategory.EDGE);
			boolean integer = nodeColumns.getOrDefault(name, true) && edgeColumns.getOrDefault(name, true);
			exporter.registerAttribute(name, category, integer ? AttributeType.LONG : AttributeType.STRING);
		}
	}

}
