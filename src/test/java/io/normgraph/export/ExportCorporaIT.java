package io.normgraph.export;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.normgraph.Api;
import io.normgraph.EndToEndTest;
import io.normgraph.corpus.CorpusFiles;
import io.normgraph.corpus.CorpusImporter;
import io.normgraph.graph.GraphRelationship;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every format of the whole graph read back with real parsers on both corpora in the repository,
 * the bundled one alone and with {@code import/examples/fictional-trade} (decimals, lists,
 * booleans, dates): exactly the graph's Entity nodes and the relationships between them, edges
 * numbered in the order of their stable ids, typed values that parse as their declared types;
 * and the file streamed, with errors answered before its first byte. Its own database (the
 * property below), since it imports a corpus while other classes may run.
 */
@EndToEndTest
@TestPropertySource(properties = "normgraph.embedded.page-cache=16m")
class ExportCorporaIT {

	@Autowired
	Api api;

	@Autowired
	Neo4jClient client;

	@Autowired
	CorpusImporter importer;

	@Autowired
	JsonMapper json;

	@Test
	void everyFormatIsTheWholeGraphOnBothCorpora() throws Exception {
		everyFormatIsTheWholeGraph();
		this.importer.importCorpus(CorpusFiles.fromDirectory(ExportSchemas.FICTIONAL_TRADE));
		try {
			everyFormatIsTheWholeGraph();
			byte[] graphMl = body("/api/v1/exports/graphml");
			ExportParsing.Parsed parsed = ExportParsing.graphMl(graphMl);
			assertThat(parsed.node("cbp-2011")).containsEntry("tariffCoverage", "0.91")
				.containsEntry("labels", "Agreement")
				.containsEntry("corpus", "fictional-trade");
			assertThat(parsed.node("trips")).containsEntry("corpora", "secure;fictional-trade")
				.containsEntry("signed", "1994-04-15");
			assertThat(parsed.edgesOfType("type", "PARTY_TO")).anySatisfy((edge) -> assertThat(edge)
				.containsEntry("ratified", "true")
				.containsKey("since"));
			assertThat(ExportParsing.keyTypes(graphMl)).containsEntry("tariffCoverage", "double")
				.containsEntry("closeness", "double")
				.containsEntry("ratified", "boolean")
				.containsEntry("memberCount", "long");
			JsonNode agreement = node(this.json.readTree(body("/api/v1/exports/cyjs")), "cbp-2011");
			assertThat(agreement.get("tariffCoverage").isDouble()).isTrue();
			assertThat(agreement.get("languages").isArray()).isTrue();
			byte[] subgraph = body("/api/v1/exports/gexf?root=cbp-2011&depth=1&types=PARTY_TO");
			ExportParsing.validate(subgraph, "gexf.xsd");
			assertThat(ExportParsing.gexf(subgraph).edgesOfType("relationshipType", "PARTY_TO")).hasSize(3);
		}
		finally {
			this.importer.remove("fictional-trade", false);
		}
	}

	@Test
	void aSubgraphNeverGoesThroughACorpusNode() throws Exception {
		this.client.query("""
				CREATE (a:Entity:Actor {id: 'export-leak-a', name: 'A', source: 'li-2008', locator: 'x'}),
				       (b:Entity:Actor {id: 'export-leak-b', name: 'B', source: 'li-2008', locator: 'x'}),
				       (c:Corpus {id: 'export-leak-corpus'}), (c)-[:ASSERTS]->(a), (c)-[:ASSERTS]->(b)""").run();
		try {
			byte[] cyjs = body("/api/v1/exports/cyjs?root=export-leak-a&depth=2");
			JsonNode elements = this.json.readTree(cyjs).get("elements");
			assertThat(elements.get("nodes").findValuesAsString("id")).containsExactly("export-leak-a");
			assertThat(elements.get("edges")).isEmpty();
			assertThat(ids(body("/api/v1/exports/csv"))).contains("export-leak-a").doesNotContain("export-leak-corpus");
		}
		finally {
			this.client.query("MATCH (n) WHERE n.id STARTS WITH 'export-leak-' DETACH DELETE n").run();
		}
	}

	@Test
	void theFileIsStreamedAndErrorsComeBeforeIt() {
		ResponseEntity<byte[]> file = this.api.bytes("/api/v1/exports/graphml");
		assertThat(file.getStatusCode().value()).isEqualTo(200);
		assertThat(file.getHeaders().getContentLength()).as("no length: written as it is read").isEqualTo(-1);
		assertThat(file.getHeaders().getFirst(HttpHeaders.TRANSFER_ENCODING)).isEqualTo("chunked");
		ResponseEntity<JsonNode> missing = this.api.get("/api/v1/exports/gexf?root=no-such-node");
		assertThat(missing.getStatusCode().value()).isEqualTo(404);
		assertThat(missing.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(missing.getHeaders().containsHeader(HttpHeaders.CONTENT_DISPOSITION)).isFalse();
		assertThat(missing.getBody().get("parameter").asString()).isEqualTo("root");
	}

	/** Each format holds exactly the Entity nodes (in id order) and their relationships (in stable id order). */
	private void everyFormatIsTheWholeGraph() throws Exception {
		List<String> nodes = this.client.query("MATCH (n:Entity) RETURN n.id AS id ORDER BY id")
			.fetchAs(String.class)
			.all()
			.stream()
			.toList();
		List<String> relationships = this.client
			.query("MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS start, type(r) AS type, b.id AS end, "
					+ "r.source AS source, r.locator AS locator")
			.fetch()
			.all()
			.stream()
			.map((row) -> GraphRelationship.key((String) row.get("type"), (String) row.get("start"),
					(String) row.get("end"), row.get("source"), row.get("locator")))
			.sorted()
			.toList();
		byte[] graphMl = body("/api/v1/exports/graphml");
		ExportParsing.validate(graphMl, "graphml.xsd");
		assertThat(ExportParsing.graphMl(graphMl).graph().vertexSet()).containsExactlyInAnyOrderElementsOf(nodes);
		assertThat(edgeKeys(graphMl, "key", "attr.name", "data", "key")).containsExactlyElementsOf(relationships);
		ExportParsing.assertTypedValuesParse(graphMl);
		byte[] gexf = body("/api/v1/exports/gexf");
		ExportParsing.validate(gexf, "gexf.xsd");
		assertThat(ExportParsing.gexf(gexf).graph().vertexSet()).containsExactlyInAnyOrderElementsOf(nodes);
		assertThat(edgeKeys(gexf, "attribute", "title", "attvalue", "for")).containsExactlyElementsOf(relationships);
		ExportParsing.assertTypedValuesParse(gexf);
		JsonNode elements = this.json.readTree(body("/api/v1/exports/cyjs")).get("elements");
		assertThat(elements.get("nodes").findValues("data").stream().map((data) -> data.get("id").asString()))
			.containsExactlyElementsOf(nodes);
		assertThat(elements.get("edges").findValues("data").stream().map((data) -> data.get("id").asString()))
			.containsExactlyElementsOf(relationships);
		Map<String, List<Map<String, String>>> csv = ExportParsing.csvZip(body("/api/v1/exports/csv"));
		assertThat(csv.get("nodes.csv")).extracting((row) -> row.get("id")).containsExactlyElementsOf(nodes);
		assertThat(csv.get("edges.csv")).extracting((row) -> row.get("id")).containsExactlyElementsOf(relationships);
	}

	/**
	 * The {@code relationshipId} of each edge in document order, checking that edges are numbered
	 * {@code e0, e1, …} in that order.
	 */
	private static List<String> edgeKeys(byte[] document, String declaration, String nameAttribute, String value,
			String reference) throws Exception {
		Document dom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(document));
		String keyId = null;
		NodeList declarations = dom.getElementsByTagName(declaration);
		for (int i = 0; i < declarations.getLength(); i++) {
			Element element = (Element) declarations.item(i);
			if (element.getAttribute(nameAttribute).equals(ExportAttributes.RELATIONSHIP_ID)) {
				keyId = element.getAttribute("id");
			}
		}
		List<String> keys = new ArrayList<>();
		NodeList edges = dom.getElementsByTagName("edge");
		for (int i = 0; i < edges.getLength(); i++) {
			Element edge = (Element) edges.item(i);
			assertThat(edge.getAttribute("id")).isEqualTo("e" + i);
			NodeList values = edge.getElementsByTagName(value);
			for (int j = 0; j < values.getLength(); j++) {
				Element item = (Element) values.item(j);
				if (item.getAttribute(reference).equals(keyId)) {
					keys.add(value.equals("data") ? item.getTextContent() : item.getAttribute("value"));
				}
			}
		}
		return keys;
	}

	private byte[] body(String uri) {
		ResponseEntity<byte[]> response = this.api.bytes(uri);
		assertThat(response.getStatusCode().value()).as(uri).isEqualTo(200);
		return response.getBody();
	}

	private static List<String> ids(byte[] csvZip) throws Exception {
		return ExportParsing.csvZip(csvZip).get("nodes.csv").stream().map((row) -> row.get("id")).toList();
	}

	private static JsonNode node(JsonNode cyjs, String id) {
		for (JsonNode node : cyjs.get("elements").get("nodes")) {
			if (node.get("data").get("id").asString().equals(id)) {
				return node.get("data");
			}
		}
		throw new AssertionError(id);
	}

}
