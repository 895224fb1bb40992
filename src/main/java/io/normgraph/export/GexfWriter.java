package io.normgraph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import io.normgraph.export.ExportColumns.ColumnType;
import io.normgraph.graph.GraphNode;
import io.normgraph.graph.GraphRelationship;

/**
 * GEXF 1.2 (Gephi's own format). GEXF reserves the edge attributes {@code source} and
 * {@code type}, so a relationship's provenance source is written as {@code provenanceSource} and
 * its type as {@code relationshipType} (and as the edge label). Edges are numbered as in GraphML.
 * Attributes are declared from the schema ({@link ExportColumns}), numbered in name order per class.
 */
@Component
class GexfWriter implements GraphWriter {

	static final String NAMESPACE = "http://www.gexf.net/1.2draft";

	static final Map<String, String> EDGE_RENAMES = Map.of("source", "provenanceSource", "type", "relationshipType");

	@Override
	public ExportFormat format() {
		return ExportFormat.GEXF;
	}

	@Override
	public GraphSink open(OutputStream out, ExportColumns columns) throws IOException {
		XmlWriter xml = new XmlWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
		xml.declaration()
			.start("gexf")
			.attribute("xmlns", NAMESPACE)
			.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
			.attribute("xsi:schemaLocation", NAMESPACE + " " + NAMESPACE + "/gexf.xsd")
			.attribute("version", "1.2");
		xml.start("meta")
			.element("creator", "normgraph")
			.element("description", "Legal provisions, forums, decisions and actors, with provenance")
			.end();
		xml.start("graph").attribute("defaultedgetype", "directed");
		Attributes nodes = new Attributes("node",
				ExportColumns.with(columns.nodes(), List.of(ExportAttributes.LABELS, ExportAttributes.NAME)));
		Map<String, ColumnType> edgeColumns = new TreeMap<>();
		columns.relationships()
			.forEach((name, type) -> ExportColumns.declare(edgeColumns, EDGE_RENAMES.getOrDefault(name, name), type));
		Attributes edges = new Attributes("edge", ExportColumns.with(edgeColumns,
				List.of(EDGE_RENAMES.get(ExportAttributes.TYPE), ExportAttributes.RELATIONSHIP_ID)));
		nodes.declare(xml);
		edges.declare(xml);
		xml.start("nodes");
		xml.flush();
		return new Sink(xml, nodes, edges);
	}

	/** One class of attributes, numbered 0, 1, … in name order. */
	private record Attributes(String kind, SortedMap<String, ColumnType> columns, Map<String, String> ids) {

		Attributes(String kind, SortedMap<String, ColumnType> columns) {
			this(kind, columns, new HashMap<>());
			columns.keySet().forEach((name) -> this.ids.put(name, String.valueOf(this.ids.size())));
		}

		void declare(XmlWriter xml) throws IOException {
			xml.start("attributes").attribute("class", this.kind);
			for (Map.Entry<String, ColumnType> column : this.columns.entrySet()) {
				xml.start("attribute")
					.attribute("id", this.ids.get(column.getKey()))
					.attribute("title", column.getKey())
					.attribute("type", column.getValue().word())
					.end();
			}
			xml.end();
		}

		void values(XmlWriter xml, Map<String, Object> attributes) throws IOException {
			xml.start("attvalues");
			for (Map.Entry<String, ColumnType> column : this.columns.entrySet()) {
				Object value = attributes.get(column.getKey());
				if (value != null && column.getValue().accepts(value)) {
					xml.start("attvalue")
						.attribute("for", this.ids.get(column.getKey()))
						.attribute("value", ExportAttributes.text(value))
						.end();
				}
			}
			xml.end();
		}

	}

	private static final class Sink implements GraphSink {

		private final XmlWriter xml;

		private final Attributes nodes;

		private final Attributes edges;

		private long edgeCount;

		private boolean inEdges;

		Sink(XmlWriter xml, Attributes nodes, Attributes edges) {
			this.xml = xml;
			this.nodes = nodes;
			this.edges = edges;
		}

		@Override
		public void node(GraphNode node) throws IOException {
			Map<String, Object> attributes = ExportAttributes.node(node);
			this.xml.start("node")
				.attribute("id", node.id())
				.attribute("label", ExportAttributes.text(attributes.get(ExportAttributes.LABEL)));
			this.nodes.values(this.xml, attributes);
			this.xml.end();
		}

		@Override
		public void relationship(GraphRelationship relationship) throws IOException {
			startEdges();
			Map<String, Object> attributes = ExportAttributes.edge(relationship, EDGE_RENAMES);
			this.xml.start("edge")
				.attribute("id", "e" + this.edgeCount++)
				.attribute("source", relationship.start())
				.attribute("target", relationship.end())
				.attribute("type", "directed")
				.attribute("label", ExportAttributes.text(attributes.get(ExportAttributes.LABEL)));
			this.edges.values(this.xml, attributes);
			this.xml.end();
		}

		@Override
		public void finish() throws IOException {
			startEdges();
			this.xml.end().end().end();
			this.xml.flush();
		}

		private void startEdges() throws IOException {
			if (!this.inEdges) {
				this.xml.end().start("edges");
				this.inEdges = true;
			}
		}

	}

}
