package io.normgraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import io.normgraph.Api;
import io.normgraph.EndToEndTest;
import io.normgraph.export.ExportParsing;

/**
 * The features work on a corpus's own labels and types exactly as on the built-in ones: the
 * fictional trade corpus's articles (role provision), agreements (instrument), MODELLED_ON
 * (derivation), PARTY_TO (membership) through lineage, derived-from, comparison, search, lists,
 * the schema and exports, across the corpus boundary into the bundled corpus's TRIPS.
 */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecondCorpusIT {

	@Autowired
	CorpusImporter importer;

	@Autowired
	Api api;

	@BeforeAll
	void importTheSecondCorpus() {
		this.importer.importCorpus(CorpusFiles.fromDirectory(CorporaIT.FICTIONAL_TRADE));
	}

	@AfterAll
	void removeIt() {
		this.importer.remove("fictional-trade", false);
	}

	@Test
	void lineageFollowsTheCorpusOwnDerivationIntoTheBundledCorpus() {
		JsonNode lineage = ok("/api/v1/nodes/bcc-2016-art-2-1/lineage?depth=4");
		assertThat(ids(lineage.get("nodes"))).contains("bcc-2016-art-2-1", "cbp-2011-art-14-3", "cst-2003-art-9-1",
				"trips-art-51");
		assertThat(types(lineage.get("relationships"))).contains("MODELLED_ON");
		JsonNode derived = ok("/api/v1/nodes/trips-art-51/derived");
		List<String> rows = new ArrayList<>();
		derived.get("rows").forEach((row) -> rows.add(row.get("provision").get("id").asString()));
		assertThat(rows).contains("cst-2003-art-9-1", "cbp-2011-art-14-3", "bcc-2016-art-2-1");
	}

	@Test
	void oneAgreementComparesWithAnotherArticleByArticle() {
		JsonNode rows = ok("/api/v1/comparisons?instrument=cbp-2011&against=cst-2003").get("rows");
		List<String> table = new ArrayList<>();
		rows.forEach((row) -> table.add(row.get("provision").get("number").asString() + " <- "
				+ row.get("counterparts").get(0).get("number").asString() + " " + row.get("type").asString() + " "
				+ row.get("properties").get("closeness").asDouble()));
		assertThat(table).containsExactly("14.3 <- 9.1 MODELLED_ON 0.7", "14.4 <- 9.2 MODELLED_ON 0.5");
	}

	@Test
	void searchListsAndTheSchemaKnowTheCorpusOwnLabels() {
		assertThat(ids(ok("/api/v1/search?q=exportation").get("hits").findValues("node")))
			.contains("cbp-2011-art-14-3", "bcc-2016-art-2-1");
		assertThat(ok("/api/v1/nodes?label=Agreement").get("total").asInt()).isEqualTo(3);
		JsonNode schema = ok("/api/v1/schema");
		assertThat(schema.get("labels").findValuesAsString("name")).contains("Agreement", "Article", "Round", "Provision");
		JsonNode partyTo = null;
		for (JsonNode type : schema.get("relationships")) {
			if (type.get("name").asString().equals("PARTY_TO")) {
				partyTo = type;
			}
		}
		assertThat(partyTo.get("role").asString()).isEqualTo("membership");
		assertThat(partyTo.get("declaredBy").asString()).isEqualTo("fictional-trade");
		assertThat(ok("/api/v1/corpora").get("corpora").findValuesAsString("id")).containsExactly("secure", "fictional-trade");
	}

	@Test
	void exportsCarryTheCorpusOwnTypesAndValues() {
		byte[] graphMl = this.api.bytes("/api/v1/exports/graphml?root=cbp-2011&depth=1&types=PARTY_TO").getBody();
		ExportParsing.Parsed parsed = ExportParsing.graphMl(graphMl);
		assertThat(parsed.graph().vertexSet()).contains("cbp-2011", "atlantis", "coralia", "borealis");
		List<Map<String, String>> parties = parsed.edgesOfType("type", "PARTY_TO");
		assertThat(parties).hasSize(3).anySatisfy((edge) -> assertThat(edge).containsEntry("since", "2013-02-14"));
		assertThat(parsed.node("cbp-2011")).containsEntry("tariffCoverage", "0.91");
	}

	@Test
	void theGuidesListTheCorpusQueriesAndEachReturnsRows(@Autowired org.springframework.data.neo4j.core.Neo4jClient client)
			throws java.io.IOException {
		JsonNode queries = ok("/guide/queries");
		List<String> files = new ArrayList<>();
		for (JsonNode query : queries) {
			if ("fictional-trade".equals(query.path("corpus").asString(null))) {
				files.add(query.get("file").asString());
				assertThat(client.query(query.get("cypher").asString().replaceAll(";\\s*$", "")).fetch().all())
					.as(query.get("file").asString())
					.isNotEmpty();
			}
		}
		assertThat(files).containsExactly("01-who-is-party-when.cypher", "02-articles-modelled-on-trips.cypher");
	}

	private JsonNode ok(String uri) {
		var response = this.api.get(uri);
		assertThat(response.getStatusCode().value()).as(uri).isEqualTo(200);
		return response.getBody();
	}

	private static List<String> ids(Iterable<JsonNode> nodes) {
		List<String> ids = new ArrayList<>();
		nodes.forEach((node) -> ids.add(node.get("id").asString()));
		return ids;
	}

	private static List<String> types(JsonNode relationships) {
		List<String> types = new ArrayList<>();
		relationships.forEach((relationship) -> types.add(relationship.get("type").asString()));
		return types;
	}

}
