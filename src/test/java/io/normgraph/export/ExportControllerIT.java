package io.normgraph.export;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import io.normgraph.EndToEndTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@EndToEndTest
class ExportControllerIT {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Neo4jClient client;

	@Autowired
	private JsonMapper json;

	@BeforeEach
	void createFixture() {
		ExportFixture.create(this.client);
	}

	@AfterEach
	void deleteFixture() {
		ExportFixture.delete(this.client);
	}

	@Test
	void wholeGraphAsGraphMlIsValidAndKeepsProvenanceAndText() throws Exception {
		byte[] body = export("/api/v1/exports/graphml", "application/graphml+xml", "normgraph.graphml");
		ExportParsing.validate(body, "graphml.xsd");
		ExportParsing.Parsed parsed = ExportParsing.graphMl(body);
		assertThat(parsed.graph().vertexSet()).contains(ExportFixture.INSTRUMENT, ExportFixture.PROVISION,
				ExportFixture.ACTOR);
		Map<String, String> provision = parsed.node(ExportFixture.PROVISION);
		assertThat(provision).containsEntry("label", "Fixture provision")
			.containsEntry("labels", "Provision")
			.containsEntry("source", "li-2008")
			.containsEntry("locator", "Table 1 row 1")
			.containsEntry("quote", ExportFixture.QUOTE);
		assertThat(parsed.edgesOfType("type", "SUPPORTS"))
			.anySatisfy((edge) -> assertThat(edge).containsEntry("locator", "III.1")
				.containsEntry("source", "li-2008")
				.containsEntry("action", "proposed \"deletion\" <of> the clause"));
		assertThat(parsed.edgesOfType("type", "PART_OF")).anySatisfy((edge) -> assertThat(edge).containsEntry("order", "1"));
	}

	@Test
	void subgraphAsGexfIsValidAndHoldsOnlyWhatIsWithinReach() throws Exception {
		byte[] body = export("/api/v1/exports/gexf?root=" + ExportFixture.INSTRUMENT + "&depth=1&types=PART_OF",
				"application/gexf+xml", "normgraph-" + ExportFixture.INSTRUMENT + "-depth-1.gexf");
		ExportParsing.validate(body, "gexf.xsd");
		ExportParsing.Parsed parsed = ExportParsing.gexf(body);
		assertThat(parsed.graph().vertexSet()).containsExactlyInAnyOrder(ExportFixture.INSTRUMENT,
				ExportFixture.PROVISION);
		assertThat(parsed.graph().edgeSet()).hasSize(1);
		assertThat(parsed.node(ExportFixture.PROVISION)).containsEntry("label", "Fixture provision")
			.containsEntry("quote", ExportFixture.QUOTE);
		assertThat(parsed.edgeAttributes().values()).singleElement()
			.satisfies((edge) -> assertThat(edge).containsEntry("relationshipType", "PART_OF")
				.containsEntry("provenanceSource", "li-2008")
				.containsEntry("locator", "p. 2"));
	}

	@Test
	void subgraphFollowsRelationshipsInBothDirections() throws Exception {
		byte[] body = export("/api/v1/exports/graphml?root=" + ExportFixture.INSTRUMENT + "&depth=2",
				"application/graphml+xml", null);
		assertThat(ExportParsing.graphMl(body).graph().vertexSet()).contains(ExportFixture.ACTOR);
	}

	@Test
	void cytoscapeJsonHasElementsWithData() throws Exception {
		byte[] body = export("/api/v1/exports/cyjs?root=" + ExportFixture.PROVISION + "&depth=1",
				"application/json", null);
		JsonNode elements = this.json.readTree(body).get("elements");
		assertThat(elements.get("nodes").valueStream().map((n) -> n.get("data").get("id").asString()))
			.containsExactlyInAnyOrder(ExportFixture.INSTRUMENT, ExportFixture.PROVISION, ExportFixture.ACTOR);
		assertThat(elements.get("edges").valueStream().map((e) -> e.get("data")))
			.anySatisfy((data) -> {
				assertThat(data.get("source").asString()).isEqualTo(ExportFixture.ACTOR);
				assertThat(data.get("target").asString()).isEqualTo(ExportFixture.PROVISION);
				assertThat(data.get("type").asString()).isEqualTo("SUPPORTS");
				assertThat(data.get("provenanceSource").asString()).isEqualTo("li-2008");
			});
	}

	@Test
	void csvZipHoldsNodesAndEdges() throws Exception {
		byte[] body = export("/api/v1/exports/csv?root=" + ExportFixture.PROVISION + "&depth=1", "application/zip",
				"normgraph-" + ExportFixture.PROVISION + "-depth-1.csv.zip");
		Map<String, List<Map<String, String>>> files = ExportParsing.csvZip(body);
		assertThat(files).containsOnlyKeys("nodes.csv", "edges.csv");
		assertThat(files.get("nodes.csv")).anySatisfy((row) -> assertThat(row).containsEntry("id", ExportFixture.PROVISION)
			.containsEntry("labels", "Provision")
			.containsEntry("quote", ExportFixture.QUOTE)
			.containsEntry("locator", "Table 1 row 1"));
		assertThat(files.get("edges.csv")).hasSize(2)
			.anySatisfy((row) -> assertThat(row).containsEntry("type", "SUPPORTS")
				.containsEntry("start", ExportFixture.ACTOR)
				.containsEntry("end", ExportFixture.PROVISION)
				.containsEntry("source", "li-2008"));
	}

	@Test
	void badParametersAreProblemsNamingTheParameter() throws Exception {
		problem("/api/v1/exports/graphml?root=trips&depth=7", 400, "depth");
		problem("/api/v1/exports/graphml?root=trips&depth=two", 400, "depth");
		problem("/api/v1/exports/graphml?root=trips&types=PART_OF,LIKES", 400, "types");
		problem("/api/v1/exports/graphml?depth=2", 400, "depth");
		problem("/api/v1/exports/xlsx", 400, "format");
	}

	@Test
	void unknownRootIsNotFound() throws Exception {
		this.mvc.perform(get("/api/v1/exports/graphml?root=no-such-node"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.parameter").value("root"));
	}

	private byte[] export(String url, String mediaType, String filename) throws Exception {
		var result = this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(mediaType));
		if (filename != null) {
			result.andExpect(header().string("Content-Disposition", "attachment; filename=\"" + filename + "\""));
		}
		return result.andReturn().getResponse().getContentAsByteArray();
	}

	/**
	 * What makes an export stream: the database hands its rows over as they are found. A sort or
	 * an eager operator would gather every row of the graph first (in this process, the database
	 * being embedded), so the whole-graph statements, and the subgraph's relationship batches,
	 * must plan without one.
	 */
	@Test
	void theWholeGraphIsReadWithoutGatheringRowsInTheDatabase() throws Exception {
		SubgraphSpec whole = SubgraphSpec.of(new ExportParameters(null, null, null), Set.of());
		SubgraphSpec around = SubgraphSpec.of(new ExportParameters(ExportFixture.INSTRUMENT, 2, null),
				Set.of("PART_OF", "SUPPORTS"));
		for (String statement : List.of(SubgraphQueries.allNodes(false), SubgraphQueries.allRelationships(whole, false),
				SubgraphQueries.allNodes(true), SubgraphQueries.allRelationships(whole, true),
				SubgraphQueries.relationshipsFrom(around, false))) {
			assertThat(operators(statement)).as(statement).isNotEmpty().noneMatch(GATHERING::contains);
		}
	}

	private static final Set<String> GATHERING = Set.of("Sort", "PartialSort", "Top", "PartialTop", "Eager",
			"EagerAggregation", "OrderedAggregation", "Distinct", "OrderedDistinct");

	private Set<String> operators(String statement) throws Exception {
		try (QueryRunner runner = this.client.getQueryRunner()) {
			Plan plan = runner.run("EXPLAIN " + statement, Map.of("root", "x", "ids", List.of(), "asOf", LocalDate.of(2008, 6, 28))).consume().plan();
			Set<String> names = new LinkedHashSet<>();
			collect(plan, names);
			return names;
		}
	}

	private static void collect(Plan plan, Set<String> names) {
		plan.children().forEach((child) -> collect(child, names));
		names.add(plan.operatorType().replace("@neo4j", ""));
	}

	private void problem(String url, int status, String parameter) throws Exception {
		this.mvc.perform(get(url))
			.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.parameter").value(parameter))
			.andExpect(jsonPath("$.status").value(status));
	}

}
