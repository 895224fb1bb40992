package io.normgraph.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.normgraph.export.GraphWriter.GraphSink;
import io.normgraph.graph.GraphNode;
import io.normgraph.graph.GraphRelationship;
import io.normgraph.schema.Schema;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every writer on a small graph with every kind of value the fictional trade corpus declares,
 * read back with real parsers (ExportParsing): the XML validated against the formats' schemas.
 */
class ExportWritersTests {

	private static final Schema SCHEMA = ExportSchemas.withFictionalTrade();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final String QUOTE = "Members shall <adopt> \"procedures\" & rules,\n\twhere appropriate.\u0007";

	static final GraphNode AGREEMENT = new GraphNode("bcc-2016", List.of("Entity", "Agreement"), "Boreal Protocol",
			Map.of("source", "fictional-trade-texts", "locator", "BCCP", "tariffCoverage", 0.4, "languages",
					List.of("English", "French"), "signed", "2016-09-20", "validFrom", LocalDate.of(2016, 9, 20),
					"corpora", List.of("fictional-trade", "secure"), "undeclared", "kept in JSON only"));

	static final GraphNode ARTICLE = new GraphNode("bcc-2016-art-2", List.of("Article"), "Article 2",
			Map.of("source", "fictional-trade-texts", "locator", "art. 2", "body", QUOTE, "number", "2"));

	static final GraphNode STATE = new GraphNode("borealis", List.of("Actor"), "Borealis",
			Map.of("source", "fictional-trade-texts", "locator", "preamble", "kind", "state"));

	static final GraphRelationship PART_OF = relationship(ARTICLE, "PART_OF", AGREEMENT,
			Map.of("source", "fictional-trade-texts", "locator", "art. 2", "order", 2L));

	static final GraphRelationship PARTY_TO = relationship(STATE, "PARTY_TO", AGREEMENT, Map.of("source",
			"fictional-trade-texts", "locator", "preamble", "ratified", true, "since", "2016-09-20"));

	/** A value of the wrong kind, as only a write outside the importer can leave: text in an integer column. */
	static final GraphRelationship BAD_ORDER = relationship(STATE, "PART_OF", AGREEMENT,
			Map.of("source", "fictional-trade-texts", "locator", "note", "order", "first"));

	@Test
	void graphMlValidatesAndReadsBackWithTypedKeys() throws Exception {
		byte[] document = write(new GraphMlWriter());
		ExportParsing.validate(document, "graphml.xsd");
		ExportParsing.Parsed parsed = ExportParsing.graphMl(document);
		assertThat(parsed.graph().vertexSet()).containsExactlyInAnyOrder("bcc-2016", "bcc-2016-art-2", "borealis");
		assertThat(parsed.node("bcc-2016")).containsEntry("label", "Boreal Protocol")
			.containsEntry("labels", "Agreement")
			.containsEntry("tariffCoverage", "0.4")
			.containsEntry("languages", "English;French")
			.containsEntry("validFrom", "2016-09-20")
			.containsEntry("corpora", "fictional-trade;secure")
			.doesNotContainKey("undeclared");
		assertThat(parsed.node("bcc-2016-art-2")).containsEntry("body", QUOTE.replace('\u0007', '\uFFFD'));
		assertThat(parsed.edgesOfType("type", "PARTY_TO")).singleElement()
			.satisfies((edge) -> assertThat(edge).containsEntry("ratified", "true")
				.containsEntry("source", "fictional-trade-texts")
				.containsEntry("relationshipId", PARTY_TO.id()));
		assertThat(parsed.edgesOfType("type", "PART_OF")).hasSize(2)
			.anySatisfy((edge) -> assertThat(edge).containsEntry("order", "2"))
			.anySatisfy((edge) -> assertThat(edge).doesNotContainKey("order"));
		assertThat(ExportParsing.keyTypes(document)).containsEntry("tariffCoverage", "double")
			.containsEntry("ratified", "boolean")
			.containsEntry("order", "long")
			.containsEntry("languages", "string");
		ExportParsing.assertTypedValuesParse(document);
	}

	@Test
	void gexfValidatesAndReadsBackWithRenamedEdgeAttributes() throws Exception {
		byte[] document = write(new GexfWriter());
		ExportParsing.validate(document, "gexf.xsd");
		ExportParsing.Parsed parsed = ExportParsing.gexf(document);
		assertThat(parsed.graph().vertexSet()).containsExactlyInAnyOrder("bcc-2016", "bcc-2016-art-2", "borealis");
		assertThat(parsed.node("bcc-2016-art-2")).containsEntry("label", "Article 2")
			.containsEntry("body", QUOTE.replace('\u0007', '\uFFFD'));
		assertThat(parsed.node("bcc-2016")).containsEntry("tariffCoverage", "0.4").doesNotContainKey("undeclared");
		assertThat(parsed.edgesOfType("relationshipType", "PARTY_TO")).singleElement()
			.satisfies((edge) -> assertThat(edge).containsEntry("provenanceSource", "fictional-trade-texts")
				.containsEntry("ratified", "true")
				.containsEntry("source", "borealis")); // GEXF's own source: the start node
		assertThat(ExportParsing.keyTypes(document)).containsEntry("tariffCoverage", "double")
			.containsEntry("ratified", "boolean");
		ExportParsing.assertTypedValuesParse(document);
	}

	@Test
	void cytoscapeJsonKeepsEveryPropertyAsTheApiWritesIt() throws Exception {
		JsonNode elements = JSON.readTree(write(new CytoscapeJsonWriter(JSON))).get("elements");
		assertThat(elements.get("nodes")).hasSize(3);
		JsonNode agreement = elements.get("nodes").get(0).get("data");
		assertThat(agreement.get("id").asString()).isEqualTo("bcc-2016");
		assertThat(agreement.get("tariffCoverage").asDouble()).isEqualTo(0.4);
		assertThat(agreement.get("languages").get(1).asString()).isEqualTo("French");
		assertThat(agreement.get("validFrom").asString()).isEqualTo("2016-09-20");
		assertThat(agreement.get("undeclared").asString()).isEqualTo("kept in JSON only");
		assertThat(elements.get("edges")).hasSize(3);
		assertThat(elements.get("edges").get(2).get("data").get("ratified").asBoolean()).isTrue();
	}

	@Test
	void csvHasEveryDeclaredColumn() throws Exception {
		Map<String, List<Map<String, String>>> files = ExportParsing.csvZip(write(new CsvZipWriter()));
		assertThat(files).containsOnlyKeys("nodes.csv", "edges.csv");
		assertThat(files.get("nodes.csv")).hasSize(3).first().satisfies((row) -> assertThat(row)
			.containsEntry("id", "bcc-2016")
			.containsEntry("tariffCoverage", "0.4")
			.containsEntry("languages", "English;French")
			.containsEntry("memberCount", "")
			.doesNotContainKey("undeclared"));
		assertThat(files.get("nodes.csv").get(1)).containsEntry("body", QUOTE);
		assertThat(files.get("edges.csv")).extracting((row) -> row.get("order")).containsExactly("2", "first", "");
	}

	@Test
	void aGraphWithoutRelationshipsIsStillAWholeFile() throws Exception {
		for (GraphWriter writer : List.of(new GraphMlWriter(), new GexfWriter())) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			GraphSink sink = writer.open(out, columns());
			sink.node(STATE);
			sink.finish();
			ExportParsing.validate(out.toByteArray(), (writer instanceof GexfWriter) ? "gexf.xsd" : "graphml.xsd");
		}
		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		new CsvZipWriter().open(csv, columns()).finish();
		assertThat(ExportParsing.csvZip(csv.toByteArray())).containsOnlyKeys("nodes.csv", "edges.csv");
		ByteArrayOutputStream json = new ByteArrayOutputStream();
		new CytoscapeJsonWriter(JSON).open(json, columns()).finish();
		assertThat(JSON.readTree(json.toByteArray()).get("elements").get("edges")).isEmpty();
	}

	private static byte[] write(GraphWriter writer) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		GraphSink sink = writer.open(out, columns());
		for (GraphNode node : List.of(AGREEMENT, ARTICLE, STATE)) {
			sink.node(node);
		}
		for (GraphRelationship relationship : List.of(PART_OF, BAD_ORDER, PARTY_TO)) {
			sink.relationship(relationship);
		}
		sink.finish();
		return out.toByteArray();
	}

	private static ExportColumns columns() {
		return ExportColumns.of(SCHEMA, SubgraphSpec.of(new ExportParameters(null, null, null), SCHEMA.types().keySet()));
	}

	private static GraphRelationship relationship(GraphNode start, String type, GraphNode end,
			Map<String, Object> properties) {
		return new GraphRelationship(GraphRelationship.key(type, start.id(), end.id(), properties.get("source"),
				properties.get("locator")), type, start.id(), end.id(), properties);
	}

}
