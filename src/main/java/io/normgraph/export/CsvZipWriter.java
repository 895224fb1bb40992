package io.normgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
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
import io.normgraph.graph.GraphResult;

/**
 * A zip of {@code nodes.csv} ({@code id, labels, name}, then every property) and
 * {@code edges.csv} ({@code id, type, start, end}, then every property), RFC 4180 with a header
 * row; list values and multiple labels are joined with {@code ;}. The column names are the
 * API's, so {@code source} is the provenance, as everywhere in the API.
 */
@Component
class CsvZipWriter implements GraphWriter {

	@Override
	public ExportFormat format() {
		return ExportFormat.CSV;
	}

	@Override
	public void write(GraphResult graph, OutputStream out) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		zip.putNextEntry(new ZipEntry("nodes.csv"));
		writeNodes(graph.nodes(), zip);
		zip.closeEntry();
		zip.putNextEntry(new ZipEntry("edges.csv"));
		writeEdges(graph.relationships(), zip);
		zip.closeEntry();
		zip.finish();
	}

	private static void writeNodes(List<GraphNode> nodes, OutputStream out) throws IOException {
		List<String> columns = new ArrayList<>(
				PropertyColumns.of(nodes.stream().map(GraphNode::properties).toList()).keySet());
		CSVPrinter printer = printer(out, List.of("id", "labels", "name"), columns);
		for (GraphNode node : nodes) {
			List<String> row = new ArrayList<>(List.of(node.id(), String.join(";", node.labels()), node.name()));
			row.addAll(values(node.properties(), columns));
			printer.printRecord(row);
		}
		printer.flush();
	}

	private static void writeEdges(List<GraphRelationship> relationships, OutputStream out) throws IOException {
		List<String> columns = new ArrayList<>(
				PropertyColumns.of(relationships.stream().map(GraphRelationship::properties).toList()).keySet());
		CSVPrinter printer = printer(out, List.of("id", "type", "start", "end"), columns);
		for (GraphRelationship relationship : relationships) {
			List<String> row = new ArrayList<>(
					List.of(relationship.id(), relationship.type(), relationship.start(), relationship.end()));
			row.addAll(values(relationship.properties(), columns));
			printer.printRecord(row);
		}
		printer.flush();
	}

	private static CSVPrinter printer(OutputStream out, List<String> fixed, List<String> columns) throws IOException {
		List<String> header = new ArrayList<>(fixed);
		header.addAll(columns);
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		return CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(writer);
	}

	private static List<String> values(Map<String, Object> properties, List<String> columns) {
		return columns.stream()
			.map((column) -> properties.containsKey(column) ? PropertyColumns.text(properties.get(column)) : "")
			.toList();
	}

}
