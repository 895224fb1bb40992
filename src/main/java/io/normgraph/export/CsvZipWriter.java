package io.normgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

import io.normgraph.graph.GraphNode;
import io.normgraph.graph.GraphRelationship;

/**
 * A zip of {@code nodes.csv} ({@code id, labels, name}, then every declared property) and
 * {@code edges.csv} ({@code id, type, start, end}, then every declared property), RFC 4180 with
 * a header row; list values and multiple labels are joined with {@code ;}. The column names are
 * the API's, so {@code source} is the provenance, as everywhere in the API. The columns come
 * from the schema ({@link ExportColumns}), so a column may be empty in every row.
 */
@Component
class CsvZipWriter implements GraphWriter {

	static final List<String> NODE_FIELDS = List.of("id", "labels", "name");

	static final List<String> EDGE_FIELDS = List.of("id", "type", "start", "end");

	@Override
	public ExportFormat format() {
		return ExportFormat.CSV;
	}

	@Override
	public GraphSink open(OutputStream out, ExportColumns columns) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		zip.putNextEntry(new ZipEntry("nodes.csv"));
		List<String> nodeColumns = List.copyOf(columns.nodes().keySet());
		CSVPrinter nodes = printer(zip, NODE_FIELDS, nodeColumns);
		nodes.flush();
		zip.flush();
		return new Sink(zip, nodes, nodeColumns, List.copyOf(columns.relationships().keySet()));
	}

	private static CSVPrinter printer(OutputStream out, List<String> fixed, List<String> columns) throws IOException {
		List<String> header = new ArrayList<>(fixed);
		header.addAll(columns);
		return CSVFormat.RFC4180.builder()
			.setHeader(header.toArray(String[]::new))
			.get()
			.print(new OutputStreamWriter(out, StandardCharsets.UTF_8));
	}

	private static void row(CSVPrinter printer, List<String> fields, Map<String, Object> properties,
			List<String> columns) throws IOException {
		for (String field : fields) {
			printer.print(field);
		}
		for (String column : columns) {
			Object value = properties.get(column);
			printer.print((value != null) ? ExportAttributes.text(value) : "");
		}
		printer.println();
	}

	private static final class Sink implements GraphSink {

		private final ZipOutputStream zip;

		private final List<String> nodeColumns;

		private final List<String> edgeColumns;

		private CSVPrinter printer;

		private boolean inEdges;

		Sink(ZipOutputStream zip, CSVPrinter nodes, List<String> nodeColumns, List<String> edgeColumns) {
			this.zip = zip;
			this.printer = nodes;
			this.nodeColumns = nodeColumns;
			this.edgeColumns = edgeColumns;
		}

		@Override
		public void node(GraphNode node) throws IOException {
			row(this.printer, List.of(node.id(), String.join(";", node.labels()), node.name()), node.properties(),
					this.nodeColumns);
		}

		@Override
		public void relationship(GraphRelationship relationship) throws IOException {
			startEdges();
			row(this.printer, List.of(relationship.id(), relationship.type(), relationship.start(), relationship.end()),
					relationship.properties(), this.edgeColumns);
		}

		@Override
		public void finish() throws IOException {
			startEdges();
			this.printer.flush();
			this.zip.closeEntry();
			this.zip.finish();
			this.zip.flush();
		}

		private void startEdges() throws IOException {
			if (!this.inEdges) {
				this.printer.flush();
				this.zip.closeEntry();
				this.zip.putNextEntry(new ZipEntry("edges.csv"));
				this.printer = printer(this.zip, EDGE_FIELDS, this.edgeColumns);
				this.inEdges = true;
			}
		}

	}

}
