package io.normgraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import io.normgraph.EndToEndTest;
import io.normgraph.graph.GraphSnapshot;

/**
 * A researcher's own corpus (import/examples) lands on top of the bundled one, links to its
 * ids, and importing it twice changes nothing. It removes what it added, so the other
 * end-to-end tests sharing this database keep seeing the bundled corpus alone.
 */
@EndToEndTest
class ExampleCorpusIT {

	static final String EXAMPLE = "trips-provisional-measures";

	@Autowired
	CorpusImporter importer;

	@Autowired
	Neo4jClient client;

	@AfterEach
	void removeTheExample() {
		if (Corpora.exists(this.client, EXAMPLE)) {
			this.importer.remove(EXAMPLE, false);
		}
	}

	@Test
	void importsAnExampleCorpusThatExtendsTheBundledOneOnceOnly() {
		List<String> original = GraphSnapshot.of(this.client);
		CorpusFiles example = CorpusFiles.fromDirectory(Path.of("import/examples/trips-provisional-measures"));
		ImportReport first = this.importer.importCorpus(example);
		assertThat(first.corpus()).isEqualTo(EXAMPLE);
		assertThat(first.nodes().created()).isEqualTo(3);
		assertThat(first.relationships().created()).isEqualTo(2);
		Object path = this.client.query("""
				MATCH p = (:Provision {id: 'trips-art-50'})-[:PART_OF*]->(:Instrument {id: 'trips'})
				RETURN [n IN nodes(p) | n.id] AS path""")
			.fetch()
			.one()
			.orElseThrow()
			.get("path");
		assertThat(path).isEqualTo(List.of("trips-art-50", "trips-part-3-section-3", "trips-part-3", "trips"));

		List<String> before = GraphSnapshot.of(this.client);
		ImportReport second = this.importer.importCorpus(example);
		assertThat(second.nodes()).isEqualTo(new ImportReport.Changes(0, 0, 3, 0));
		assertThat(second.relationships()).isEqualTo(new ImportReport.Changes(0, 0, 2, 0));
		assertThat(GraphSnapshot.of(this.client)).isEqualTo(before);
		removeTheExample();
		assertThat(GraphSnapshot.of(this.client)).isEqualTo(original);
	}

}
