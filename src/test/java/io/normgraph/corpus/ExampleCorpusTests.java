package io.normgraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.neo4j.core.Neo4jClient;

import io.normgraph.graph.GraphSnapshot;

/**
 * A researcher's own corpus (import/examples) lands on top of the bundled one, links to its
 * ids, and importing it twice changes nothing. Its own context, so the shared corpus tests
 * keep seeing the bundled corpus alone.
 */
@SpringBootTest(properties = "normgraph.test.context=example-corpus")
class ExampleCorpusTests {

	@Autowired
	CorpusImporter importer;

	@Autowired
	Neo4jClient client;

	@Test
	void importsAnExampleCorpusThatExtendsTheBundledOneOnceOnly() {
		CorpusFiles example = CorpusFiles.fromDirectory(Path.of("import/examples/trips-provisional-measures"));
		ImportReport first = this.importer.importCorpus(example);
		assertThat(first.nodesCreated()).isEqualTo(3);
		assertThat(first.relationshipsCreated()).isEqualTo(2);
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
		assertThat(second.nodesCreated()).isZero();
		assertThat(second.relationshipsCreated()).isZero();
		assertThat(GraphSnapshot.of(this.client)).isEqualTo(before);
	}

}
