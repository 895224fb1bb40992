package io.normgraph.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.normgraph.corpus.CorpusRows.NodeRow;
import io.normgraph.corpus.CorpusRows.Origin;
import io.normgraph.corpus.CorpusRows.RelationshipRow;
import io.normgraph.corpus.ImportReport.ValueConflict;
import io.normgraph.corpus.NodeState.CoAssertion;
import io.normgraph.schema.BuiltInSchema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** A conflict kept side by side: a claim per corpus, about the node, each with the provenance its corpus gave. */
class ClaimRowsTests {

	private final List<NodeRow> nodes = new ArrayList<>();

	private final List<RelationshipRow> relationships = new ArrayList<>();

	@Test
	void eachValueBecomesAClaimAboutTheNodeWithItsOwnCorpussProvenance() {
		NodeState usa = new NodeState("usa", "Actor", Map.of("id", "usa", "region", "Americas", "source", "li-2008",
				"locator", "IV.2"), "secure", List.of());
		NodeRow row = new NodeRow("Actor", Map.of("id", "usa", "region", "North America", "source", "atlas", "locator",
				"p. 3"), new Origin("nodes/Actor.csv", 4));
		ValueConflict conflict = new ValueConflict("nodes/Actor.csv", 4, "usa", "region", "Americas", "secure",
				"North America", "mine");
		ClaimRows.add(conflict, usa, row, BuiltInSchema.get(), "mine", this.nodes, this.relationships);
		assertThat(this.nodes).extracting(NodeRow::label, (n) -> n.properties().get("id"),
				(n) -> n.properties().get("property"), (n) -> n.properties().get("value"), (n) -> n.properties().get("source"),
				(n) -> n.properties().get("locator"), NodeRow::origin)
			.containsExactly(
					tuple("Claim", "claim-usa-region-secure", "region", "Americas", "li-2008", "IV.2",
							new Origin("nodes/Actor.csv", 4)),
					tuple("Claim", "claim-usa-region-mine", "region", "North America", "atlas", "p. 3",
							new Origin("nodes/Actor.csv", 4)));
		assertThat(this.nodes.get(1).properties().get("summary")).isEqualTo("Corpus 'mine' gives region 'North America' "
				+ "for 'usa'; kept beside the other value when corpus 'mine' was imported.");
		assertThat(this.nodes.get(0).properties().get("name")).isEqualTo("usa: region = Americas (corpus secure)");
		assertThat(this.relationships).extracting(RelationshipRow::type, RelationshipRow::from, RelationshipRow::to,
				(r) -> r.properties().get("source"), (r) -> r.properties().get("locator"))
			.containsExactly(tuple("ABOUT", "claim-usa-region-secure", "usa", "li-2008", "IV.2"),
					tuple("ABOUT", "claim-usa-region-mine", "usa", "atlas", "p. 3"));
	}

	@Test
	void aCorpusThatSharesTheNodeGaveItsValueWithTheProvenanceOfItsAssertion() {
		NodeState usa = new NodeState("usa", "Actor", Map.of("id", "usa", "kind", "state", "source", "li-2008",
				"locator", "IV.2"), "secure",
				List.of(new CoAssertion("votes", Map.of("source", "un-votes", "locator", "row 3"), Set.of("kind"), Set.of())));
		NodeRow row = new NodeRow("Actor", Map.of("id", "usa", "kind", "federation", "source", "atlas", "locator", "p. 3"),
				new Origin("nodes/Actor.csv", 2));
		ValueConflict conflict = new ValueConflict("nodes/Actor.csv", 2, "usa", "kind", "state", "votes", "federation",
				"mine");
		ClaimRows.add(conflict, usa, row, BuiltInSchema.get(), "mine", this.nodes, this.relationships);
		assertThat(this.nodes.get(0).properties()).containsEntry("source", "un-votes").containsEntry("locator", "row 3")
			.containsEntry("id", "claim-usa-kind-votes");
	}

}
