package io.normgraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import io.normgraph.EndToEndTest;
import io.normgraph.corpus.ImportOptions.Conflicts;
import io.normgraph.graph.GraphSnapshot;
import io.normgraph.schema.SchemaRegistry;

/**
 * Two corpora in one graph: the bundled one and a researcher's own (import/examples/fictional-trade)
 * with its own labels, types, roles, dates and decimals, sharing the TRIPS node. Each keeps its
 * provenance on what they share, neither overwrites the other's values, and each can be
 * re-imported or removed without touching the other. Every test leaves the graph as it found it.
 */
@EndToEndTest
class CorporaIT {

	static final Path FICTIONAL_TRADE = Path.of("import/examples/fictional-trade");

	@Autowired
	CorpusImporter importer;

	@Autowired
	Corpora corpora;

	@Autowired
	SchemaRegistry schemas;

	@Autowired
	Neo4jClient client;

	@TempDir
	Path root;

	private List<String> before;

	@BeforeEach
	void setUp() {
		this.before = GraphSnapshot.of(this.client);
	}

	@AfterEach
	void removeWhatTheTestImported() {
		ImportedCorpora.removeAllButTheBundled(this.importer, this.corpora);
		assertThat(GraphSnapshot.of(this.client)).isEqualTo(this.before);
	}

	@Test
	void aCorpusWithItsOwnSchemaLandsBesideTheBundledOneAndSharesItsNodes() {
		ImportReport dryRun = this.importer.dryRun(CorpusFiles.fromDirectory(FICTIONAL_TRADE));
		assertThat(dryRun.problems()).isEmpty();
		assertThat(GraphSnapshot.of(this.client)).as("a dry run writes nothing").isEqualTo(this.before);

		ImportReport report = this.importer.importCorpus(CorpusFiles.fromDirectory(FICTIONAL_TRADE));
		assertThat(report.corpus()).isEqualTo("fictional-trade");
		assertThat(report.nodes()).isEqualTo(new ImportReport.Changes(22, 1, 0, 0));
		assertThat(report.relationships().created()).isEqualTo(28);

		Map<String, Object> trips = node("trips");
		assertThat(trips).containsEntry("signed", "1994-04-15")
			.containsEntry("source", "li-2008")
			.containsEntry("corpus", "secure")
			.containsEntry("corpora", List.of("secure", "fictional-trade"));
		assertThat(this.client.query("""
				MATCH (:Corpus {id: 'fictional-trade'})-[a:ASSERTS]->(:Entity {id: 'trips'})
				RETURN a.source AS source, a.locator AS locator, a.keys AS keys, a.added AS added""").fetch().one().orElseThrow())
			.containsEntry("source", "wto-legal-texts")
			.containsEntry("keys", List.of("inForce", "name", "signed"))
			.containsEntry("added", List.of("inForce", "signed"));
		assertThat(node("cbp-2011")).containsEntry("tariffCoverage", 0.91)
			.containsEntry("languages", List.of("English", "French", "Norse"))
			.containsEntry("validFrom", java.time.LocalDate.of(2011, 3, 2));
		assertThat(node("atlantis")).doesNotContainKey("iso3");
		assertThat(this.schemas.current().labels()).containsKeys("Agreement", "Article", "Round");

		Corpus corpus = this.corpora.find("fictional-trade");
		assertThat(corpus.name()).isEqualTo("Fictional trade agreements (example)");
		assertThat(corpus.licenses()).extracting(CorpusManifest.License::name).containsExactly("CC0-1.0");
		assertThat(corpus.nodes()).containsEntry("Article", 7).containsEntry("Instrument", 1);
		assertThat(corpus.relationships()).containsEntry("PARTY_TO", 7);
		assertThat(corpus.schema().labels()).containsKeys("Agreement", "Instrument");
	}

	@Test
	void aValueAnotherCorpusGaveIsNeverOverwrittenButListedOrKeptAsClaims() {
		CorpusDirectory corpus = new CorpusDirectory(this.root)
			.file("nodes/Source.csv", "id,name,source,locator", "census,A census,census,all")
			.file("nodes/Actor.csv", "id,name,source,locator,kind,region", "usa,United States,census,row 1,state,",
					"jpn,Nippon,census,row 2,state,Asia");
		assertThatExceptionOfType(CorpusImportException.class).isThrownBy(() -> this.importer.importCorpus(corpus.files()))
			.satisfies((ex) -> {
				assertThat(ex.report().conflicts()).extracting(ImportReport.ValueConflict::id, ImportReport.ValueConflict::property,
						ImportReport.ValueConflict::graphValue, ImportReport.ValueConflict::graphCorpus,
						ImportReport.ValueConflict::value)
					.containsExactly(org.assertj.core.groups.Tuple.tuple("jpn", "name", "Japan", "secure", "Nippon"));
				assertThat(ex.report().problems()).singleElement().hasToString("nodes/Actor.csv:3 column 'name': 'jpn' has "
						+ "name 'Japan' from corpus 'secure'; this corpus gives 'Nippon' (import with conflicts=claims to keep both as claims)");
			});
		assertThat(GraphSnapshot.of(this.client)).isEqualTo(this.before);

		ImportReport kept = this.importer.importCorpus(corpus.files(), new ImportOptions(null, false, Conflicts.CLAIMS));
		assertThat(kept.conflicts()).hasSize(1);
		assertThat(node("jpn")).containsEntry("name", "Japan").containsEntry("region", "Asia");
		assertThat(this.client.query("""
				MATCH (c:Claim)-[:ABOUT]->(:Entity {id: 'jpn'}) RETURN c.value AS value, c.source AS source ORDER BY value""")
			.fetch().all()).containsExactly(Map.of("value", "Japan", "source", "li-2008"), Map.of("value", "Nippon", "source", "census"));
	}

	@Test
	void aNewVersionRemovesWhatItsFilesNoLongerHoldAndChangesWhatChanged() {
		CorpusDirectory corpus = new CorpusDirectory(this.root)
			.file("nodes/Source.csv", "id,name,source,locator", "notes,Notes,notes,all")
			.file("nodes/Actor.csv", "id,name,source,locator,kind", "ruritania,Ruritania,notes,p. 1,state",
					"graustark,Graustark,notes,p. 2,state")
			.file("relationships/MEMBER_OF.csv", "from,to,source,locator,role", "ruritania,wco,notes,p. 3,member",
					"graustark,wco,notes,p. 4,member");
		this.importer.importCorpus(corpus.files());
		corpus.file("nodes/Actor.csv", "id,name,source,locator,kind", "ruritania,Ruritania,notes,p. 1,kingdom")
			.file("relationships/MEMBER_OF.csv", "from,to,source,locator,role", "ruritania,wco,notes,p. 3,member");
		ImportReport second = this.importer.importCorpus(corpus.files());
		assertThat(second.nodes()).isEqualTo(new ImportReport.Changes(0, 1, 1, 1));
		assertThat(second.relationships()).isEqualTo(new ImportReport.Changes(0, 0, 1, 1));
		assertThat(node("ruritania")).containsEntry("kind", "kingdom");
		assertThat(this.client.query("MATCH (n:Entity {id: 'graustark'}) RETURN count(n)").fetchAs(Long.class).one()).hasValue(0L);
	}

	@Test
	void aCorpusOthersBuildOnCannotBeRemovedAndNothingChanges() {
		this.importer.importCorpus(CorpusFiles.fromDirectory(FICTIONAL_TRADE));
		List<String> withBoth = GraphSnapshot.of(this.client);
		assertThatExceptionOfType(CorpusImportException.class).isThrownBy(() -> this.importer.remove("secure", false))
			.satisfies((ex) -> assertThat(ex.report().problems()).extracting(ImportProblem::toString)
				.anySatisfy((problem) -> assertThat(problem).isEqualTo("graph: 'trips-art-51' would be removed with corpus "
						+ "'secure', but corpus 'fictional-trade' relates it to 'cst-2003-art-9-1' (MODELLED_ON); remove or "
						+ "re-import that corpus first")));
		assertThat(GraphSnapshot.of(this.client)).isEqualTo(withBoth);
	}

	@Test
	void relationshipsMustConnectTheLabelsTheirTypeAllows() {
		CorpusDirectory corpus = new CorpusDirectory(this.root)
			.file("relationships/HELD_BY.csv", "from,to,source,locator", "wco-secure-wg-1,wco,li-2008,x",
					"wco,wco-secure-wg-1,li-2008,y")
			.file("relationships/PART_OF.csv", "from,to,source,locator", "trips-art-51,wco,li-2008,z");
		assertThatExceptionOfType(CorpusImportException.class).isThrownBy(() -> this.importer.importCorpus(corpus.files()))
			.satisfies((ex) -> assertThat(ex.report().problems()).extracting(ImportProblem::toString).containsExactlyInAnyOrder(
					"relationships/HELD_BY.csv:3: HELD_BY cannot connect a Forum ('wco') to a Meeting ('wco-secure-wg-1'); "
							+ "it connects [Meeting -> Forum]",
					"relationships/PART_OF.csv:2: PART_OF cannot connect a Provision ('trips-art-51') to a Forum ('wco'); "
							+ "it connects [Provision -> Instrument | Provision, Forum -> Forum]"));
	}

	private Map<String, Object> node(String id) {
		return this.client.query("MATCH (n:Entity {id: $id}) RETURN properties(n) AS p").bind(id).to("id").fetch().one()
			.map((row) -> (Map<String, Object>) row.get("p")).orElseThrow();
	}

}
