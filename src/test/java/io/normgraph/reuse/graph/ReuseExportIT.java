package io.normgraph.reuse.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.normgraph.EndToEndTest;
import io.normgraph.corpus.CorpusImporter;
import io.normgraph.export.ExportParsing;

/**
 * Detected reuse in the exports: GraphML, CSV and Cytoscape JSON, each read back with a real
 * parser, carry a REUSES relationship's score (a number) and its inferred flag.
 */
@EndToEndTest
class ReuseExportIT {

	private static final String AROUND = "?root=rt-new-1&depth=1&types=REUSES";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	ReuseService reuse;

	@Autowired
	CorpusImporter importer;

	@Autowired
	Neo4jClient client;

	@TempDir
	Path root;

	private double score;

	@BeforeEach
	void detect() {
		this.importer.importCorpus(new ReuseCorpus().write(this.root));
		this.reuse.run(ReuseCorpus.ID, (progress) -> {
		});
		this.score = this.client.query("MATCH (:Entity {id: 'rt-new-1'})-[r:REUSES]->(:Entity {id: 'rt-old-1'}) RETURN r.score")
			.fetchAs(Double.class).one().orElseThrow();
		assertThat(this.score).isBetween(0.4, 1.0);
	}

	@AfterEach
	void removeEverything() {
		ReuseCleanUp.after(this.importer, this.client, ReuseCorpus.ID);
	}

	@Test
	void graphMlCarriesScoreAndInferredTyped() throws Exception {
		byte[] body = export("graphml");
		ExportParsing.validate(body, "graphml.xsd");
		assertThat(ExportParsing.keyTypes(body)).containsEntry("score", "double").containsEntry("inferred", "boolean");
		assertThat(ExportParsing.graphMl(body).edgesOfType("type", "REUSES")).singleElement()
			.satisfies((edge) -> assertThat(edge).containsEntry("inferred", "true").containsEntry("level", "provision")
				.hasEntrySatisfying("score", (value) -> assertThat(Double.parseDouble(value)).isEqualTo(this.score)));
	}

	@Test
	void csvCarriesScoreAndInferred() throws Exception {
		Map<String, List<Map<String, String>>> files = ExportParsing.csvZip(export("csv"));
		assertThat(files.get("edges.csv")).singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("type", "REUSES").containsEntry("start", "rt-new-1")
				.containsEntry("end", "rt-old-1").containsEntry("inferred", "true")
				.hasEntrySatisfying("score", (value) -> assertThat(Double.parseDouble(value)).isEqualTo(this.score)));
	}

	@Test
	void cytoscapeJsonCarriesScoreAndInferredAsJsonValues() throws Exception {
		JsonNode edges = this.json.readTree(export("cyjs")).get("elements").get("edges");
		assertThat(edges.valueStream().map((edge) -> edge.get("data")).toList()).singleElement().satisfies((data) -> {
			assertThat(data.get("type").asString()).isEqualTo("REUSES");
			assertThat(data.get("inferred").isBoolean()).isTrue();
			assertThat(data.get("inferred").asBoolean()).isTrue();
			assertThat(data.get("score").isNumber()).isTrue();
			assertThat(data.get("score").asDouble()).isEqualTo(this.score);
		});
	}

	private byte[] export(String format) throws Exception {
		return this.mvc.perform(get("/api/v1/exports/" + format + AROUND)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
	}

}
