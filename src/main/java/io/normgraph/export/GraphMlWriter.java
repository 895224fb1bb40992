package io.normgraph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import io.normgraph.export.ExportColumns.ColumnType;
import io.normgraph.graph.GraphNode;
import io.normgraph.graph.GraphRelationship;

/**
 * GraphML (Gephi, yEd, Cytoscape, NetworkX, igraph). Node ids are the stable ids; edges are
 * numbered {@code e0, e1, …} in the order of their stable ids (GraphML ids allow no spaces)
 * and keep their stable id in {@code relationshipId}. Keys are declared from the schema
 * ({@link ExportColumns}), one per name, shared by nodes and edges where both have it.
 */
@Component
class GraphMlWriter implements GraphWriter {

	static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

	@Override
	public ExportFormat format() {
		return ExportFormat.GRAPHML;
	}

	@Override
	public GraphSink open(OutputStream out, ExportColumns columns) throws IOException {
		XmlWriter xml = new XmlWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
		xml.declaration()
			.start("graphml")
			.attribute("xmlns", NAMESPACE)
			.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
			.attribute("xsi:schemaLocation", NAMESPACE + " " + NAMESPACE + "/1.0/graphml.xsd");
		Keys keys = new Keys(
				ExportColumns.with(columns.nodes(),
						List.of(ExportAttributes.LABEL, ExportAttributes.LABELS, ExportAttributes.NAME)),
				ExportColumns.with(columns.relationships(), List.of(ExportAttributes.LABEL, ExportAttributes.TYPE,
						ExportAttributes.RELATIONSHIP_ID)));
		keys.declare(xml);
		xml.start("graph").attribute("edgedefault", "directed");
		xml.flush();
		return new Sink(xml, keys);
	}

	/** The keys, numbered in name order; a name on nodes and edges is one key for all. */
	private static final class Keys {

		private final Map<String, String> ids = new LinkedHashMap<>();

		private final SortedMap<String, ColumnType> types = new TreeMap<>();

		private final SortedMap<String, ColumnType> nodes;

		private final SortedMap<String, ColumnType> edges;

		Keys(SortedMap<String, ColumnType> nodes, SortedMap<String, ColumnType> edges) {
			this.nodes = nodes;
			this.edges = edges;
			nodes.forEach((name, type) -> ExportColumns.declare(this.types, name, type));
			edges.forEach((name, type) -> ExportColumns.declare(this.types, name, type));
			this.types.keySet().forEach((name) -> this.ids.put(name, "key" + this.ids.size()));
		}

		void declare(XmlWriter xml) throws IOException {
			for (Map.Entry<String, ColumnType> key : this.types.entrySet()) {
				String name = key.getKey();
				boolean onNodes = this.nodes.containsKey(name);
				boolean onEdges = this.edges.containsKey(name);
				xml.start("key")
					.attribute("id", this.ids.get(name))
					.attribute("for", (onNodes && onEdges) ? "all" : (onNodes ? "node" : "edge"))
					.attribute("attr.name", name)
					.attribute("attr.type", key.getValue().word())
					.end();
			}
		}

		/** The data of one node or edge, in key order. */
		void data(XmlWriter xml, Map<String, Object> attributes, SortedMap<String, ColumnType> declared)
				throws IOException {
			for (Map.Entry<String, ColumnType> column : declared.entrySet()) {
				Object value = attributes.get(column.getKey());
				if (value != null && this.types.get(column.getKey()).accepts(value)) {
					xml.start("data").attribute("key", this.ids.get(column.getKey()));
					xml.text(ExportAttributes.text(value)).end();
				}
			}
		}

	}

	private static final class Sink implements GraphSink {

		private final XmlWriter xml;

		private final Keys keys;

		private long edges;

		Sink(XmlWriter xml, Keys keys) {
			this.xml = xml;
			this.keys = keys;
		}

		@Override
		public void node(GraphNode node) throws IOException {
			this.xml.start("node").attribute("id", node.id());
			this.keys.data(this.xml, ExportAttributes.node(node), this.keys.nodes);
			this.xml.end();
		}

		@Override
		public void relationship(GraphRelationship relationship) throws IOException {
			this.xml.start("edge")
				.attribute("id", "e" + this.edges++)
				.attribute("source", relationship.start())
				.attribute("target", relationship.end());
			this.keys.data(this.xml, ExportAttributes.edge(relationship, Map.of()), this.keys.edges);
			this.xml.end();
		}

		@Override
		public void finish() throws IOException {
			this.xml.end().end();
			this.xml.flush();
		}

	}

}
