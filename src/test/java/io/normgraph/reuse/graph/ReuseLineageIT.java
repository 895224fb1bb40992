package io.normgraph.reuse.graph;

import static io.normgraph.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import tools.jackson.databind.JsonNode;

import io.normgraph.Api;
import io.normgraph.EndToEndTest;
import io.normgraph.PatientGraphQlTester;
import io.normgraph.corpus.CorpusImporter;

/**
 * Lineage and derived-from walk through detected reuse only when asked ({@code inferred} =
 * include or only, over {@code minScore}), in REST and GraphQL alike.
 */
@EndToEndTest
class ReuseLineageIT {

	@Autowired
	ReuseService reuse;

	@Autowired
	CorpusImporter importer;

	@Autowired
	Neo4jClient client;

	@Autowired
	Api api;

	HttpGraphQlTester graphQl;

	@TempDir
	Path root;

	@Autowired
	void graphQl(HttpGraphQlTester graphQl) {
		this.graphQl = PatientGraphQlTester.of(graphQl);
	}

	@BeforeEach
	void importAndDetect() {
		this.importer.importCorpus(new ReuseCorpus().write(this.root));
		this.reuse.run(ReuseCorpus.ID, (progress) -> {
		});
	}

	@AfterEach
	void removeEverything() {
		ReuseCleanUp.after(this.importer, this.client, ReuseCorpus.ID);
	}

	@Test
	void lineageFollowsDetectedReuseOnlyWhenAskedAndOverTheScore() {
		String lineage = "/api/v1/nodes/rt-new-1/lineage?types=DERIVES_FROM";
		assertThat(ids(this.api.ok(lineage))).as("excluded by default").doesNotContain("rt-old-1");
		assertThat(ids(this.api.ok(lineage + "&inferred=exclude"))).doesNotContain("rt-old-1");
		assertThat(ids(this.api.ok(lineage + "&inferred=include"))).contains("rt-old-1");
		assertThat(ids(this.api.ok(lineage + "&inferred=only"))).contains("rt-old-1");
		JsonNode included = this.api.ok(lineage + "&inferred=include");
		List<String> types = new ArrayList<>();
		included.get("relationships").forEach((r) -> types.add(r.get("type").asString()));
		assertThat(types).contains("REUSES");
		double score = this.client.query("""
				MATCH (:Entity {id: 'rt-new-1'})-[r:REUSES]->(:Entity {id: 'rt-old-1'}) RETURN r.score""")
			.fetchAs(Double.class).one().orElseThrow();
		assertThat(ids(this.api.ok(lineage + "&inferred=include&minScore=" + score))).contains("rt-old-1");
		if (score < 1) {
			assertThat(ids(this.api.ok(lineage + "&inferred=include&minScore=" + Math.min(1, score + 1e-6))))
				.as("under minScore").doesNotContain("rt-old-1");
		}
		assertProblem(this.api.get(lineage + "&inferred=maybe"), 400, "inferred");
		assertProblem(this.api.get(lineage + "&minScore=2"), 400, "minScore");
	}

	@Test
	void derivedFromCountsDetectedReuseOnlyWhenAsked() {
		assertThat(rows(this.api.ok("/api/v1/nodes/rt-old-1/derived"))).doesNotContain("rt-new-1");
		assertThat(rows(this.api.ok("/api/v1/nodes/rt-old-1/derived?inferred=include"))).contains("rt-new-1");
	}

	@Test
	void graphQlTakesTheSameArguments() {
		this.graphQl.document("{ lineage(id: \"rt-new-1\", types: [\"DERIVES_FROM\"]) { nodes { id } } }").execute()
			.path("lineage.nodes[*].id").entityList(String.class)
			.satisfies((ids) -> assertThat(ids).doesNotContain("rt-old-1"));
		this.graphQl.document("{ lineage(id: \"rt-new-1\", types: [\"DERIVES_FROM\"], inferred: INCLUDE, minScore: 0.5) { nodes { id } } }")
			.execute().path("lineage.nodes[*].id").entityList(String.class)
			.satisfies((ids) -> assertThat(ids).contains("rt-old-1"));
		this.graphQl.document("{ derived(root: \"rt-old-1\", inferred: ONLY) { rows { provision { id } } } }").execute()
			.path("derived.rows[*].provision.id").entityList(String.class)
			.satisfies((ids) -> assertThat(ids).contains("rt-new-1"));
	}

	private static List<String> ids(JsonNode graph) {
		List<String> ids = new ArrayList<>();
		graph.get("nodes").forEach((node) -> ids.add(node.get("id").asString()));
		return ids;
	}

	private static List<String> rows(JsonNode derivation) {
		List<String> ids = new ArrayList<>();
		derivation.get("rows").forEach((row) -> ids.add(row.get("provision").get("id").asString()));
		return ids;
	}

}
