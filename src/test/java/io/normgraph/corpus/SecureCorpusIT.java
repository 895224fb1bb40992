package io.normgraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import io.normgraph.EndToEndTest;
import org.springframework.data.neo4j.core.Neo4jClient;

import io.normgraph.graph.GraphSnapshot;

/**
 * The bundled WCO SECURE corpus, as loaded at first start: complete, traceable to the paper,
 * and answering the example queries.
 */
@EndToEndTest
class SecureCorpusIT {

	/** The ids DESIGN.md makes public API. */
	static final List<String> MANDATORY_IDS = List.of("trips", "wco-secure", "wco-safe", "wipo-da",
			"g8-2005-declaration", "wco", "wco-council", "wco-policy-commission", "wco-enforcement-committee",
			"wco-secure-wg", "wco-virtual-drafting-group", "wco-permanent-technical-committee", "wto", "wipo", "who",
			"upu", "g8", "acta", "wco-enforcement-committee-26", "wco-secure-wg-1", "wco-secure-wg-2",
			"wco-secure-wg-3", "wco-secure-wg-4", "wco-policy-commission-59", "wco-policy-commission-60",
			"wco-council-111-112", "g8-summit-2005", "g8-summit-2007", "eu-us-summit-2007", "south-centre",
			"wco-secretariat", "eu", "european-commission", "g77-china", "secure-wg-chair", "philips", "bra", "chn",
			"ind", "usa", "jpn", "arg", "ecu", "zaf", "fin", "li-2008", "secure-intro-g8-reference",
			"secure-intro-health-risks", "trips-art-51", "trips-art-51-fn-14", "trips-art-41-5", "wipo-da-rec-45",
			"wipo-da-cluster-a", "wipo-da-cluster-f");

	@Autowired
	Neo4jClient client;

	@Autowired
	CorpusImporter importer;

	@Test
	void everyMandatoryIdExists() {
		List<String> found = this.client.query("MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id")
			.bind(MANDATORY_IDS)
			.to("ids")
			.fetchAs(String.class)
			.all()
			.stream()
			.toList();
		assertThat(found).containsExactlyInAnyOrderElementsOf(MANDATORY_IDS);
		assertThat(labelOf("secure-std-1")).isEqualTo("Provision");
		assertThat(labelOf("wco-council-111-112")).isEqualTo("Meeting");
		assertThat(labelOf("li-2008")).isEqualTo("Source");
	}

	@Test
	void everyCsvRowIsInTheGraph() throws IOException {
		assertThat(count("MATCH (n:Entity) RETURN count(n)")).isEqualTo(dataRows("import/secure/nodes"));
		assertThat(count("MATCH (:Entity)-[r]->(:Entity) RETURN count(r)"))
			.isEqualTo(dataRows("import/secure/relationships"));
		// Besides the corpus and its Corpus node, only bookkeeping (Neo4j-Migrations', normgraph's state) lives in the database.
		assertThat(count("MATCH (n) WHERE NOT n:Entity AND NOT n:__Neo4jMigration AND NOT n:__Normgraph AND NOT n:Corpus RETURN count(n)")).isZero();
		assertThat(count("MATCH (c:Corpus {id: 'secure'}) RETURN count(c)")).isOne();
	}

	@Test
	void everyNodeAndRelationshipCarriesProvenanceThatResolves() {
		assertThat(count("""
				MATCH (n:Entity)
				WHERE n.source IS NULL OR n.locator IS NULL OR trim(n.locator) = ''
				   OR NOT EXISTS { MATCH (:Source {id: n.source}) }
				RETURN count(n)""")).isZero();
		assertThat(count("""
				MATCH (:Entity)-[r]->(:Entity)
				WHERE r.source IS NULL OR r.locator IS NULL OR trim(r.locator) = ''
				   OR NOT EXISTS { MATCH (:Source {id: r.source}) }
				RETURN count(r)""")).isZero();
		assertThat(count("""
				MATCH ()-[r:SUPPORTS|OPPOSES]->()
				WHERE r.meeting IS NOT NULL AND NOT EXISTS { MATCH (:Meeting {id: r.meeting}) }
				RETURN count(r)""")).isZero();
	}

	@Test
	void tableOneRegeneratedFromTheGraphMatchesThePaper() throws IOException {
		List<String> expected = Files.readAllLines(Path.of("src/test/resources/corpus/table-1.csv"))
			.stream()
			.skip(1)
			.map((line) -> line.split(",", 3))
			.map((cells) -> cells[0] + " | " + cells[1] + " | " + sortedIds(cells[2].split(";")))
			.toList();
		List<String> actual = this.client.query(query("02-table-1-from-graph.cypher"))
			.fetch()
			.all()
			.stream()
			.map((row) -> row.get("standard") + " | " + row.get("issue") + " | "
					+ sortedIds(((List<?>) row.get("trips_articles")).stream()
						.map((number) -> "trips-art-" + number)
						.toArray(String[]::new)))
			.toList();
		assertThat(actual).containsExactlyElementsOf(expected).hasSize(12);
		assertThat(this.client.query(query("02-table-1-from-graph.cypher")).fetch().all())
			.allSatisfy((row) -> assertThat((String) row.get("departure")).isNotBlank());
	}

	@Test
	void contradictionsKeepBothClaimsEachWithItsLocator() {
		assertThat(claimLocators("wco-policy-commission", "claim-pc-size-")).hasSize(2);
		assertThat(this.client.query("""
				MATCH (:Forum {id: 'wco-secure-wg'})-[r:ESTABLISHED_BY]->(body)
				RETURN body.id + ' @ ' + r.locator""").fetchAs(String.class).all()).hasSizeGreaterThanOrEqualTo(3);
	}

	@Test
	void standardsTraceToTheG8DeclarationAndSafeThroughTheirInstrument() {
		List<String> roots = this.client.query(query("01-secure-lineage-to-g8-and-safe.cypher"))
			.fetch()
			.all()
			.stream()
			.filter((row) -> "secure-std-1".equals(row.get("provision")))
			.map((row) -> (String) row.get("root"))
			.distinct()
			.toList();
		assertThat(roots).containsExactlyInAnyOrder("g8-2005-declaration", "wco-safe");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("exampleQueries")
	void everyExampleQueryReturnsRows(String file) {
		assertThat(this.client.query(query(file)).fetch().all()).as(file).isNotEmpty();
	}

	@Test
	void importingTheBundledCorpusAgainChangesNothing() {
		List<String> before = GraphSnapshot.of(this.client);
		ImportReport report = this.importer.importCorpus(CorpusFiles.fromClasspath(BundledCorpusLoader.BUNDLED));
		assertThat(report.written()).as("nothing to write").isFalse();
		assertThat(report.nodes().created()).isZero();
		assertThat(report.nodes().changed()).isZero();
		assertThat(report.nodes().removed()).isZero();
		assertThat(report.relationships().created()).isZero();
		assertThat(report.relationships().changed()).isZero();
		assertThat(report.relationships().removed()).isZero();
		assertThat(GraphSnapshot.of(this.client)).isEqualTo(before);
	}

	static Stream<String> exampleQueries() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("import/secure/queries"))) {
			List<String> names = files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".cypher"))
				.sorted()
				.toList();
			assertThat(names).hasSizeGreaterThanOrEqualTo(10);
			return names.stream();
		}
	}

	private static String query(String file) {
		try {
			return Files.readString(Path.of("import/secure/queries", file), StandardCharsets.UTF_8).strip().replaceAll(";$", "");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Set<String> claimLocators(String about, String prefix) {
		return this.client.query("""
				MATCH (c:Claim)-[:ABOUT]->(:Entity {id: $about}) WHERE c.id STARTS WITH $prefix
				RETURN c.locator""")
			.bindAll(Map.of("about", about, "prefix", prefix))
			.fetchAs(String.class)
			.all()
			.stream()
			.collect(Collectors.toSet());
	}

	private String labelOf(String id) {
		return this.client.query("MATCH (n:Entity {id: $id}) RETURN [l IN labels(n) WHERE l <> 'Entity'][0]")
			.bind(id)
			.to("id")
			.fetchAs(String.class)
			.one()
			.orElseThrow();
	}

	private long count(String cypher) {
		return this.client.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

	private static long dataRows(String directory) throws IOException {
		try (Stream<Path> files = Files.list(Path.of(directory))) {
			return files.mapToLong(SecureCorpusIT::csvRecords).sum();
		}
	}

	private static long csvRecords(Path file) {
		try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(Files.newBufferedReader(file))) {
			return parser.stream().count();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String sortedIds(String[] ids) {
		return Arrays.stream(ids).sorted().toList().toString();
	}

}
